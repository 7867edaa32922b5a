package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import org.xieshang.domain.duty.scoring.ScoringScheme;

/** A revision of the year's scoring scheme, for the history. */
public class RevisionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int revision;
    private final String changedBy;
    private final String changedAt;
    private final String passMark;
    private final String reason;

    RevisionRow(ScoringScheme scheme) {
        revision = scheme.revision();
        changedBy = scheme.changedBy();
        changedAt = Texts.time(scheme.changedAt());
        passMark = scheme.passMark().toString();
        reason = scheme.draft().reason().orElse("");
    }

    public int getRevision() {
        return revision;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getChangedAt() {
        return changedAt;
    }

    public String getPassMark() {
        return passMark;
    }

    public String getReason() {
        return reason;
    }
}
