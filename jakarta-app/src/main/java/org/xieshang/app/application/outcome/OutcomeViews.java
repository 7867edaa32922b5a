package org.xieshang.app.application.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.domain.calendar.CommitteeCalendars;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.outcome.OutcomeAlerts;
import org.xieshang.domain.outcome.TrackedOutcome;
import org.xieshang.domain.outcome.TrackedSuggestion;
import org.xieshang.domain.proposal.HandlingPeriods;

/**
 * Outcome reports as the API, the change feed and the screens show them today: each suggestion overdue or due soon,
 * the latter within the proposals' warning period ({@code xieshang.proposals.warning-working-days}) on the
 * committee's working-day calendar.
 */
@ApplicationScoped
public class OutcomeViews {

    @Inject
    ProposalViews names;

    @Inject
    CommitteeCalendars calendars;

    @Inject
    HandlingPeriods periods;

    @Inject
    Clock clock;

    /** @return the report as the API shows it today, never null */
    public OutcomeView of(TrackedOutcome outcome) {
        return of(outcome.committeeId(), List.of(outcome)).get(0);
    }

    /**
     * @param committeeId the committee whose reports they are, not null
     * @param outcomes    its reports, not null
     * @return them as the API shows them today, the committee's calendar read once; never null
     */
    public List<OutcomeView> of(CommitteeId committeeId, List<TrackedOutcome> outcomes) {
        LocalDate today = LocalDate.now(clock);
        Predicate<TrackedSuggestion> dueSoon = dueSoon(committeeId, today);
        return outcomes.stream().map(outcome -> OutcomeView.of(outcome, names, today, dueSoon)).toList();
    }

    /**
     * @param committeeId the committee whose calendar counts, not null
     * @param today       the committee's day, not null
     * @return the test of a suggestion being due soon that day, never null
     */
    public Predicate<TrackedSuggestion> dueSoon(CommitteeId committeeId, LocalDate today) {
        return new OutcomeAlerts(periods.warningWorkingDays()).dueSoon(today, calendars.calendarOf(committeeId));
    }
}
