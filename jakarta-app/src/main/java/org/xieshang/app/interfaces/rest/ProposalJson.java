package org.xieshang.app.interfaces.rest;

import java.time.LocalDate;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.domain.proposal.Proposal;

/** A proposal as a line of a register or workbench. */
public record ProposalJson(String id, Integer number, String title, String status, String category, String origin, String proposer, String leadUnit,
                    LocalDate deadline, boolean overdue, boolean key, String bundleId, long version) {

    static ProposalJson of(Proposal p, ProposalViews names, LocalDate today) {
        String proposer = p.proposer().leadMember().map(names::memberName).orElseGet(() -> p.proposer().organisation().orElse(null));
        String leadUnit = p.handling().map(h -> names.unitName(h.lead().unitId())).orElse(null);
        return new ProposalJson(p.id().toString(), p.number().orElse(null), p.content().title(), p.status().name(), p.content().category().name(),
                p.origin().name(), proposer, leadUnit, p.deadline().orElse(null), p.isOverdue(today), p.key().isPresent(),
                p.handling().flatMap(h -> h.bundle()).map(Object::toString).orElse(null), p.version());
    }
}
