package org.xieshang.app.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.xieshang.app.interfaces.rest.ProposalRequests.DraftRequest;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.proposal.ProposalContent;
import org.xieshang.domain.proposal.ProposalOrigin;
import org.xieshang.domain.proposal.Proposer;
import org.xieshang.domain.proposal.ProposerKind;

/** Turns proposal request bodies into the domain's values; the domain's constructors check them. */
@ApplicationScoped
class ProposalRequestMapper {

    ProposalOrigin origin(DraftRequest r) {
        return Http.enumValue(ProposalOrigin.class, r.origin, "origin");
    }

    /**
     * @param r    the request, not null
     * @param self the member whose own proposal it is (from the path), or null when the office names the proposer
     * @return the proposer, never null
     */
    Proposer proposer(DraftRequest r, MemberId self) {
        ProposerKind kind = r.proposerKind == null || r.proposerKind.isBlank() ? ProposerKind.MEMBER
                : Http.enumValue(ProposerKind.class, r.proposerKind, "proposerKind");
        if (!kind.isMember()) {
            return Proposer.collective(kind, r.organisation);
        }
        return Proposer.member(self != null ? self : Http.bodyId(r.leadMemberId, MemberId::new, "leadMember"));
    }

    ProposalContent content(DraftRequest r) {
        return new ProposalContent(r.title, r.grounds, r.suggestions, Http.enumValue(ProposalCategory.class, r.category, "category"));
    }

    List<HandlingUnitId> units(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(id -> Http.bodyId(id, HandlingUnitId::new, "coUnits")).toList();
    }
}
