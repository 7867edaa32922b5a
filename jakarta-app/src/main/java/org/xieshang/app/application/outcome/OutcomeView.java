package org.xieshang.app.application.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.domain.outcome.TrackedOutcome;
import org.xieshang.domain.outcome.TrackedSuggestion;

/** A consultation outcome followed up, as the API and the change feed show it. */
public record OutcomeView(String activityId, String committeeId, String title, LocalDate reportedOn, String stage, String submittedTo,
                          LocalDate submittedOn, List<InstructionJson> instructions, List<SuggestionJson> suggestions, long answered, long version) {

    /**
     * @param o     the report, not null
     * @param names names the departments, not null
     * @param today   the day by which suggestions are overdue
     * @param dueSoon which suggestions are due soon that day, not null
     * @return the view, never null
     */
    public static OutcomeView of(TrackedOutcome o, ProposalViews names, LocalDate today, Predicate<TrackedSuggestion> dueSoon) {
        return new OutcomeView(o.activityId().toString(), o.committeeId().toString(), o.title(), o.reportedOn(), o.stage().name(),
                o.submission().map(s -> s.to()).orElse(null), o.submission().map(s -> s.submittedOn()).orElse(null),
                o.instructions().stream().map(i -> new InstructionJson(i.leader(), i.text(), i.givenOn())).toList(),
                o.suggestions().stream().map(s -> new SuggestionJson(s.number(), s.text(), s.addressee().orElse(null), s.status().name(),
                        s.department().map(Object::toString).orElse(null), s.department().map(names::unitName).orElse(null), s.dueOn().orElse(null),
                        s.isOverdue(today), dueSoon.test(s), s.log().stream().map(e -> new EntryJson(e.action().name(), e.by(), e.text(), e.on())).toList())).toList(),
                o.answered(), o.version());
    }

    /** A leader's instruction. */
    public record InstructionJson(String leader, String text, LocalDate givenOn) {
    }

    /** One suggestion followed up. */
    public record SuggestionJson(int number, String text, String addressee, String status, String departmentId, String departmentName,
                                 LocalDate dueOn, boolean overdue, boolean dueSoon, List<EntryJson> log) {
    }

    /** One entry of a suggestion's log. */
    public record EntryJson(String action, String by, String text, LocalDate on) {
    }
}
