package org.xieshang.domain.consultation;

import java.time.LocalDate;
import java.util.List;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.Guard;

/**
 * What a consultation meeting produced (协商成果报告): individual suggestions that the feedback loop takes over through
 * {@link OutcomeHandover}. Immutable.
 *
 * @param activityId  the consultation activity, not null
 * @param committeeId the committee, not null
 * @param title       not blank, at most 200 characters
 * @param suggestions at least one
 * @param reportedOn  the day of the report, not null
 */
public record OutcomeReport(ConsultationActivityId activityId, CommitteeId committeeId, String title, List<Suggestion> suggestions,
                            LocalDate reportedOn) {

    /** Validates every part. */
    public OutcomeReport {
        Guard.required(activityId, "activityId");
        Guard.required(committeeId, "committeeId");
        title = Guard.text(title, "title", 200);
        suggestions = List.copyOf(Guard.required(suggestions, "suggestions"));
        Guard.check(!suggestions.isEmpty(), "outcome.suggestions.required", "suggestions");
        Guard.required(reportedOn, "reportedOn");
    }
}
