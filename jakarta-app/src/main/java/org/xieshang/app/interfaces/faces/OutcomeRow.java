package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;
import org.xieshang.domain.outcome.OutcomeStage;
import org.xieshang.domain.outcome.Submission;
import org.xieshang.domain.outcome.TrackedOutcome;
import org.xieshang.domain.outcome.TrackedSuggestion;
import org.xieshang.domain.shared.DomainMessages;

/**
 * An outcome report (协商成果) in a list: how far it has gone up (handed over, submitted by the Party group, instructed),
 * to whom and when it was submitted, and how many of its suggestions are answered or overdue. Texts only, in the page's
 * language.
 */
public class OutcomeRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String title;
    private final String reportedOn;
    private final String stage;
    private final String stageClass;
    private final boolean awaitingInstruction;
    private final String submittedTo;
    private final String submittedOn;
    private final int instructions;
    private final int suggestions;
    private final long answered;
    private final long overdue;
    private final long dueSoon;

    /**
     * @param o       the report, not null
     * @param today   the committee's day, for the overdue count; not null
     * @param dueSoon which suggestions are due soon that day, not null
     * @param locale  the page's language, not null
     */
    OutcomeRow(TrackedOutcome o, LocalDate today, Predicate<TrackedSuggestion> dueSoon, Locale locale) {
        id = o.activityId().toString();
        title = o.title();
        reportedOn = Texts.isoDate(o.reportedOn());
        stage = DomainMessages.label(o.stage(), locale);
        stageClass = badge(o.stage());
        awaitingInstruction = o.stage() == OutcomeStage.SUBMITTED;
        submittedTo = o.submission().map(Submission::to).orElse("");
        submittedOn = Texts.isoDate(o.submission().map(Submission::submittedOn).orElse(null));
        instructions = o.instructions().size();
        suggestions = o.suggestions().size();
        answered = o.answered();
        overdue = o.suggestions().stream().filter(s -> s.isOverdue(today)).count();
        this.dueSoon = o.suggestions().stream().filter(dueSoon).count();
    }

    /** @return the badge's style for a stage: waiting for the office, waiting for the leaders, instructed */
    static String badge(OutcomeStage stage) {
        return switch (stage) {
            case RECEIVED -> "xs-badge";
            case SUBMITTED -> "xs-badge xs-badge-warn";
            case INSTRUCTED -> "xs-badge xs-badge-ok";
        };
    }

    /** @return the consultation activity that handed the report over, which identifies it */
    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getReportedOn() {
        return reportedOn;
    }

    public String getStage() {
        return stage;
    }

    public String getStageClass() {
        return stageClass;
    }

    /** @return whether it is submitted and no leader has instructed on it yet */
    public boolean isAwaitingInstruction() {
        return awaitingInstruction;
    }

    /** @return to whom the Party group submitted it, or an empty text before */
    public String getSubmittedTo() {
        return submittedTo;
    }

    public String getSubmittedOn() {
        return submittedOn;
    }

    public int getInstructions() {
        return instructions;
    }

    public int getSuggestions() {
        return suggestions;
    }

    /** @return how many suggestions the departments have answered */
    public long getAnswered() {
        return answered;
    }

    /** @return how many suggestions a department has left unanswered past their day */
    /** @return how many of its suggestions are due within the warning period */
    public long getDueSoon() {
        return dueSoon;
    }

    public long getOverdue() {
        return overdue;
    }
}
