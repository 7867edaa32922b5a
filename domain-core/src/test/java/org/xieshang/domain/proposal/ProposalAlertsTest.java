package org.xieshang.domain.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xieshang.domain.proposal.ProposalWalk.CO_UNIT;
import static org.xieshang.domain.proposal.ProposalWalk.LEAD_UNIT;
import static org.xieshang.domain.proposal.ProposalWalk.office;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.calendar.OfficialSchedules;
import org.xieshang.domain.calendar.WorkingDayCalendar;

/** What the overdue board shows, counted in working days on the 2026 calendar. */
class ProposalAlertsTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(OfficialSchedules.of(2026)));
    private final ProposalAlerts alerts = new ProposalAlerts(HandlingPeriods.DEFAULTS);

    @Test
    void an_answer_due_within_five_working_days_is_due_soon_even_across_a_holiday_and_one_past_its_deadline_is_overdue() {
        // Deadline Thursday 8 October: from Wednesday 30 September only 2 working days remain (1–7 October off).
        Proposal assigned = ProposalWalk.in(ProposalStatus.FILED).assign(new Assignment(HandlingMode.SEPARATE, Optional.empty(), LEAD_UNIT, List.of(),
                LocalDate.of(2026, 10, 8)), office(LocalDate.of(2026, 9, 1)));
        Proposal handled = assigned.acknowledge(LEAD_UNIT, office(LocalDate.of(2026, 9, 2)));

        assertThat(alerts.of(List.of(handled), LocalDate.of(2026, 9, 30), calendar)).extracting(Alert::kind).containsExactly(AlertKind.DUE_SOON);
        assertThat(alerts.of(List.of(handled), LocalDate.of(2026, 9, 22), calendar)).as("6 working days before").isEmpty();
        assertThat(alerts.of(List.of(handled), LocalDate.of(2026, 10, 9), calendar)).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(AlertKind.OVERDUE))
                .satisfies(a -> assertThat(a.unitId()).contains(LEAD_UNIT));
    }

    @Test
    void a_unit_that_has_not_acknowledged_after_five_working_days_and_an_answer_not_rated_are_flagged() {
        Proposal assigned = ProposalWalk.in(ProposalStatus.ASSIGNED);
        assertThat(alerts.of(List.of(assigned), LocalDate.of(2026, 3, 10), calendar)).extracting(Alert::kind, Alert::unitId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(AlertKind.NOT_ACKNOWLEDGED, Optional.of(LEAD_UNIT)),
                        org.assertj.core.groups.Tuple.tuple(AlertKind.NOT_ACKNOWLEDGED, Optional.of(CO_UNIT)));
        assertThat(alerts.of(List.of(assigned), LocalDate.of(2026, 3, 6), calendar)).as("within five working days").isEmpty();

        Proposal answered = ProposalWalk.in(ProposalStatus.ANSWERED);
        assertThat(alerts.of(List.of(answered), LocalDate.of(2026, 5, 25), calendar)).extracting(Alert::kind).containsExactly(AlertKind.AWAITING_RATING);
        assertThat(alerts.of(List.of(answered), LocalDate.of(2026, 5, 12), calendar)).isEmpty();
    }

    @Test
    void where_the_calendar_ends_due_soon_is_not_guessed_but_overdue_still_shows() {
        Proposal late = ProposalWalk.in(ProposalStatus.HANDLING);
        assertThat(alerts.of(List.of(late), LocalDate.of(2027, 1, 5), calendar)).extracting(Alert::kind).containsExactly(AlertKind.OVERDUE);
    }
}
