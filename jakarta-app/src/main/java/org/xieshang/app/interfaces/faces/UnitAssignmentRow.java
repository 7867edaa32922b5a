package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.UnitRole;
import org.xieshang.domain.proposal.UnitTask;

/** A proposal in a handling unit's portal: the proposal, the unit's role in it and whether the unit has acknowledged it. */
public class UnitAssignmentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ProposalRow proposal;
    private final String role;
    private final boolean lead;
    private final String acknowledgedOn;
    private final LocalDate due;

    UnitAssignmentRow(Proposal p, HandlingUnitId unit, ProposalNames names, LocalDate today) {
        proposal = new ProposalRow(p, names, today);
        UnitTask task = p.handling().flatMap(h -> h.task(unit)).orElseThrow();
        role = Texts.label(task.role());
        lead = task.role() == UnitRole.LEAD;
        acknowledgedOn = task.acknowledgedOn().map(Texts::isoDate).orElse(null);
        due = p.deadline().orElse(LocalDate.MAX);
    }

    /** @return the order of the portal: what waits for acknowledgement first, then by deadline */
    static Comparator<UnitAssignmentRow> urgentFirst() {
        return Comparator.comparing((UnitAssignmentRow r) -> r.acknowledgedOn != null).thenComparing(r -> r.due);
    }

    public ProposalRow getProposal() {
        return proposal;
    }

    public String getRole() {
        return role;
    }

    public boolean isLead() {
        return lead;
    }

    public boolean isAcknowledged() {
        return acknowledgedOn != null;
    }

    public String getAcknowledgedOn() {
        return acknowledgedOn;
    }
}
