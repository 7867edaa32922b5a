package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import org.xieshang.domain.proposal.Transition;
import org.xieshang.domain.socialreport.ReportTransition;

/** One entry of an item's history as its page shows it: when, who, what, the change of status, and why. */
public final class HistoryStep implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String at;
    private final String actor;
    private final String action;
    private final String change;
    private final String note;

    private HistoryStep(Instant at, String actor, Enum<?> action, Enum<?> from, Enum<?> to, Optional<String> note) {
        this.at = Texts.isoTime(at);
        this.actor = actor;
        this.action = Texts.label(action);
        this.change = from == to ? Texts.label(to) : Texts.label(from) + " → " + Texts.label(to);
        this.note = note.orElse("");
    }

    /** @return a proposal's transition as a history entry */
    static HistoryStep of(Transition t) {
        return new HistoryStep(t.at(), t.actor(), t.action(), t.from(), t.to(), t.note());
    }

    /** @return a social-condition report's transition as a history entry */
    static HistoryStep of(ReportTransition t) {
        return new HistoryStep(t.at(), t.actor(), t.action(), t.from(), t.to(), t.note());
    }

    public String getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    /** @return the status it left and the one it reached, or the one it stayed in */
    public String getChange() {
        return change;
    }

    public String getNote() {
        return note;
    }
}
