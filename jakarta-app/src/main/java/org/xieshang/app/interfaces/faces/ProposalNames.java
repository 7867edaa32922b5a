package org.xieshang.app.interfaces.faces;

import java.util.HashMap;
import java.util.Map;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.Proposal;

/**
 * The names a proposal listing shows, each member and unit read once per listing rather than once per row. Lives for
 * one load only, so that renamed units show their new names next time.
 */
final class ProposalNames {

    private final ProposalViews views;
    private final Map<MemberId, String> members = new HashMap<>();
    private final Map<HandlingUnitId, String> units = new HashMap<>();

    ProposalNames(ProposalViews views) {
        this.views = views;
    }

    String member(MemberId id) {
        return members.computeIfAbsent(id, views::memberName);
    }

    String unit(HandlingUnitId id) {
        return units.computeIfAbsent(id, views::unitName);
    }

    /** @return the lead member's name, or the sector's, party's or special committee's */
    String proposer(Proposal proposal) {
        return proposal.proposer().leadMember().map(this::member).orElseGet(() -> proposal.proposer().organisation().orElse(""));
    }
}
