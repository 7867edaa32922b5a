package org.xieshang.domain.proposal;

import java.util.Optional;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Guard;

/**
 * Who puts a proposal forward: a member leading it (领衔), or a sector, party or special committee by name. Immutable.
 *
 * @param kind         the kind, not null
 * @param leadMember   the lead member, present exactly for {@link ProposerKind#MEMBER}
 * @param organisation the sector's, party's or special committee's name, present exactly for the others; at most 100 characters
 */
public record Proposer(ProposerKind kind, Optional<MemberId> leadMember, Optional<String> organisation) {

    /** Validates that the parts agree with the kind. */
    public Proposer {
        Guard.required(kind, "proposerKind");
        Guard.required(leadMember, "leadMember");
        organisation = Guard.required(organisation, "organisation").map(o -> Guard.text(o, "organisation", 100));
        Guard.check(kind.isMember() == leadMember.isPresent(), kind.isMember() ? "proposal.proposer.member-required" : "proposal.proposer.no-member",
                "leadMember");
        Guard.check(kind.isMember() || organisation.isPresent(), "proposal.proposer.organisation-required", "organisation");
        Guard.check(!kind.isMember() || organisation.isEmpty(), "proposal.proposer.no-organisation", "organisation");
    }

    /**
     * @param lead the lead member, not null
     * @return a member's proposer, never null
     */
    public static Proposer member(MemberId lead) {
        return new Proposer(ProposerKind.MEMBER, Optional.of(Guard.required(lead, "leadMember")), Optional.empty());
    }

    /**
     * @param kind a collective kind, not {@link ProposerKind#MEMBER}
     * @param name the sector's, party's or special committee's name, not blank
     * @return the proposer, never null
     */
    public static Proposer collective(ProposerKind kind, String name) {
        return new Proposer(kind, Optional.empty(), Optional.ofNullable(name));
    }
}
