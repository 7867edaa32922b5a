package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import org.xieshang.domain.proposal.ExtensionRequest;
import org.xieshang.domain.proposal.Handling;
import org.xieshang.domain.proposal.Proposal;

/** A lead unit's extension request waiting for the office, with the note the office types to decide it. */
public class ExtensionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final long version;
    private final String proposal;
    private final String unit;
    private final String deadline;
    private final int workingDays;
    private final String reason;
    private final String requestedOn;
    private String note;

    ExtensionRow(Proposal p, Handling handling, ExtensionRequest request, ProposalRow row, ProposalNames names) {
        id = p.id().toString();
        version = p.version();
        proposal = row.label();
        unit = names.unit(handling.lead().unitId());
        deadline = Texts.isoDate(handling.deadline());
        workingDays = request.workingDays();
        reason = request.reason();
        requestedOn = Texts.isoDate(request.requestedOn());
    }

    public String getId() {
        return id;
    }

    long version() {
        return version;
    }

    public String getProposal() {
        return proposal;
    }

    public String getUnit() {
        return unit;
    }

    public String getDeadline() {
        return deadline;
    }

    public int getWorkingDays() {
        return workingDays;
    }

    public String getReason() {
        return reason;
    }

    public String getRequestedOn() {
        return requestedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
