package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import org.xieshang.domain.proposal.Alert;
import org.xieshang.domain.proposal.AlertKind;

/** One finding of the overdue board: what needs attention, on which proposal, at which unit, since or by when. */
public class AlertRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String kindCode;
    private final String proposalId;
    private final String proposal;
    private final String unit;
    private final String day;

    AlertRow(Alert alert, ProposalRow proposal, ProposalNames names) {
        kind = Texts.label(alert.kind());
        kindCode = alert.kind().name();
        proposalId = alert.proposalId().toString();
        this.proposal = proposal == null ? proposalId : proposal.label();
        unit = alert.unitId().map(names::unit).orElse("");
        day = Texts.isoDate(alert.dueOn());
    }

    /** @return red for overdue, orange for what is coming due or waiting, grey for what waits on the proposer */
    public String getKindClass() {
        return switch (AlertKind.valueOf(kindCode)) {
            case OVERDUE -> "xs-badge";
            case DUE_SOON, NOT_ACKNOWLEDGED, EXTENSION_PENDING -> "xs-badge xs-badge-warn";
            case AWAITING_RATING -> "xs-badge xs-badge-muted";
        };
    }

    public String getKind() {
        return kind;
    }

    public String getKindCode() {
        return kindCode;
    }

    public String getProposalId() {
        return proposalId;
    }

    public String getProposal() {
        return proposal;
    }

    public String getUnit() {
        return unit;
    }

    public String getDay() {
        return day;
    }
}
