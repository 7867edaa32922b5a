package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.time.LocalDate;
import org.xieshang.domain.proposal.Handling;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalStatus;

/** A proposal in a list: its number, title, proposer, status and, once assigned, lead unit and deadline. */
public class ProposalRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final long version;
    private final String number;
    private final String title;
    private final String proposer;
    private final String category;
    private final String origin;
    private final String status;
    private final String statusClass;
    private final String leadUnit;
    private final String deadline;
    private final boolean overdue;
    private final String keyLeaders;

    ProposalRow(Proposal p, ProposalNames names, LocalDate today) {
        id = p.id().toString();
        version = p.version();
        number = p.number().map(String::valueOf).orElse("");
        title = p.content().title();
        proposer = names.proposer(p);
        category = Texts.label(p.content().category());
        origin = Texts.label(p.origin());
        status = Texts.label(p.status());
        statusClass = badge(p.status());
        leadUnit = p.handling().map(h -> names.unit(h.lead().unitId())).orElse("");
        deadline = Texts.isoDate(p.handling().map(Handling::deadline).orElse(null));
        overdue = p.isOverdue(today);
        keyLeaders = p.key().map(k -> String.join("、", k.leadingLeaders())).orElse(null);
    }

    /** @return the badge's style for a status: in progress, done, ended without handling, or waiting for the office */
    static String badge(ProposalStatus status) {
        return switch (status) {
            case FILED, ASSIGNED, HANDLING -> "xs-badge xs-badge-warn";
            case ANSWERED, RATED, CLOSED -> "xs-badge xs-badge-ok";
            case DRAFT, NOT_FILED, CONVERTED, MERGED, WITHDRAWN -> "xs-badge xs-badge-muted";
            case SUBMITTED -> "xs-badge";
        };
    }

    /** @return the number and title, as a choice in a menu */
    String label() {
        return number.isEmpty() ? title : Texts.text("proposals.numbered", number, title);
    }

    public String getId() {
        return id;
    }

    long version() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getProposer() {
        return proposer;
    }

    public String getCategory() {
        return category;
    }

    public String getOrigin() {
        return origin;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusClass() {
        return statusClass;
    }

    public String getLeadUnit() {
        return leadUnit;
    }

    public String getDeadline() {
        return deadline;
    }

    public boolean isOverdue() {
        return overdue;
    }

    /** @return whether it is a key proposal (重点提案) */
    public boolean isKey() {
        return keyLeaders != null;
    }

    /** @return the leaders who lead it, for a key proposal */
    public String getKeyLeaders() {
        return keyLeaders;
    }
}
