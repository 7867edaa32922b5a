package org.xieshang.app.infrastructure.demo;

import java.util.List;
import java.util.Optional;
import org.xieshang.domain.proposal.HandlingMode;
import org.xieshang.domain.proposal.NotFiledReason;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.proposal.ProposalContent;
import org.xieshang.domain.proposal.ProposerKind;

/**
 * One fictional proposal of the demo catalogue: what it says, who puts it forward, the units it goes to and how far it
 * gets. Units are named by the end of their registered name (教育局 for 澄湖市教育局), so that one catalogue line fits
 * the committee's own registry. Immutable; the {@code with…} methods return changed copies.
 *
 * @param story              how far it gets
 * @param sponsor            who puts it forward
 * @param content            its title, case, suggestions and category
 * @param leadUnit           the end of the lead unit's name
 * @param coUnits            the ends of the co-handling units' names
 * @param mode               how it is handled once assigned; {@link HandlingMode#BUNDLED} joins the committee's bundle
 * @param leadingLeaders     the leaders who lead it as a key proposal (领办), with their posts; empty for other proposals
 * @param supervisingLeaders the leaders who supervise it as a key proposal (督办)
 * @param refusal            why it is not filed, for {@link ProposalStory#NOT_FILED}
 */
record DemoProposal(ProposalStory story, Sponsor sponsor, ProposalContent content, String leadUnit, List<String> coUnits, HandlingMode mode,
                    List<String> leadingLeaders, List<String> supervisingLeaders, Optional<NotFiledReason> refusal) {

    DemoProposal {
        coUnits = List.copyOf(coUnits);
        leadingLeaders = List.copyOf(leadingLeaders);
        supervisingLeaders = List.copyOf(supervisingLeaders);
    }

    /**
     * A proposal handled on its own by one lead unit; the {@code with…} methods add co-handling units, a mode, leaders
     * and a refusal.
     */
    static DemoProposal of(ProposalStory story, Sponsor sponsor, String title, String grounds, String suggestions, ProposalCategory category,
                           String leadUnit) {
        return new DemoProposal(story, sponsor, new ProposalContent(title, grounds, suggestions, category), leadUnit, List.of(),
                HandlingMode.SEPARATE, List.of(), List.of(), Optional.empty());
    }

    DemoProposal withCoUnits(String... units) {
        return new DemoProposal(story, sponsor, content, leadUnit, List.of(units), mode, leadingLeaders, supervisingLeaders, refusal);
    }

    DemoProposal withMode(HandlingMode handling) {
        return new DemoProposal(story, sponsor, content, leadUnit, coUnits, handling, leadingLeaders, supervisingLeaders, refusal);
    }

    DemoProposal withKeyLeaders(List<String> leading, List<String> supervising) {
        return new DemoProposal(story, sponsor, content, leadUnit, coUnits, mode, leading, supervising, refusal);
    }

    DemoProposal withRefusal(NotFiledReason reason) {
        return new DemoProposal(story, sponsor, content, leadUnit, coUnits, mode, leadingLeaders, supervisingLeaders, Optional.of(reason));
    }

    /** @return whether the proposal office makes it a key proposal */
    boolean isKey() {
        return !leadingLeaders.isEmpty();
    }

    /** @return whether it is assigned with the committee's other common proposals as one bundle */
    boolean isBundled() {
        return mode == HandlingMode.BUNDLED;
    }

    /**
     * Who puts a demo proposal forward.
     *
     * @param kind         a member, or a sector, party or special committee
     * @param demoMember   whether the lead member is the demo member account's (the committee's first member by code)
     * @param coSigners    how many members are invited to co-sign (member proposals only)
     * @param organisation the collective proposer's name
     */
    record Sponsor(ProposerKind kind, boolean demoMember, int coSigners, Optional<String> organisation) {

        /** @return the demo member account's own proposal, with co-signers */
        static Sponsor demoMember(int coSigners) {
            return new Sponsor(ProposerKind.MEMBER, true, coSigners, Optional.empty());
        }

        /** @return another serving member's proposal, with co-signers */
        static Sponsor member(int coSigners) {
            return new Sponsor(ProposerKind.MEMBER, false, coSigners, Optional.empty());
        }

        /** @return a sector's, party's or special committee's proposal */
        static Sponsor collective(ProposerKind kind, String organisation) {
            return new Sponsor(kind, false, 0, Optional.of(organisation));
        }
    }
}
