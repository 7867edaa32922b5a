package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.outcome.OutcomeStage;
import org.xieshang.domain.outcome.Submission;
import org.xieshang.domain.outcome.TrackedOutcome;
import org.xieshang.domain.outcome.TrackedSuggestion;

/**
 * One outcome report as its panel shows it: the report's line in the list, who recorded its submission, the leaders'
 * instructions, and each suggestion in its own row. Texts only, in the page's language.
 */
public class OutcomeDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    private final OutcomeRow summary;
    private final boolean received;
    private final String submittedBy;
    private final List<InstructionLine> instructions;
    private final List<SuggestionRow> suggestions;

    /**
     * @param o       the report, not null
     * @param units   names a department, not null
     * @param today   the committee's day, for the overdue marks; not null
     * @param dueSoon which suggestions are due soon that day, not null
     * @param locale  the page's language, not null
     */
    OutcomeDetail(TrackedOutcome o, Function<HandlingUnitId, String> units, LocalDate today, Predicate<TrackedSuggestion> dueSoon, Locale locale) {
        summary = new OutcomeRow(o, today, dueSoon, locale);
        received = o.stage() == OutcomeStage.RECEIVED;
        submittedBy = o.submission().map(Submission::by).orElse("");
        instructions = o.instructions().stream().map(InstructionLine::new).toList();
        suggestions = o.suggestions().stream().map(s -> new SuggestionRow(s, units, today, dueSoon, locale)).toList();
    }

    /**
     * @param number a suggestion's number
     * @return its row, or null if the report has no such suggestion
     */
    SuggestionRow suggestion(int number) {
        return number >= 1 && number <= suggestions.size() ? suggestions.get(number - 1) : null;
    }

    public OutcomeRow getSummary() {
        return summary;
    }

    public String getId() {
        return summary.getId();
    }

    public String getTitle() {
        return summary.getTitle();
    }

    /** @return whether it is handed over and not yet submitted by the Party group */
    public boolean isReceived() {
        return received;
    }

    /** @return whether it is submitted and waits for a leader's instruction */
    public boolean isAwaitingInstruction() {
        return summary.isAwaitingInstruction();
    }

    /** @return the account that recorded the submission, or an empty text before */
    public String getSubmittedBy() {
        return submittedBy;
    }

    public List<InstructionLine> getInstructions() {
        return instructions;
    }

    public List<SuggestionRow> getSuggestions() {
        return suggestions;
    }
}
