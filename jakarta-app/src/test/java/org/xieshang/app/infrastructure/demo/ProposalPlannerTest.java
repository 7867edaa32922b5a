package org.xieshang.app.infrastructure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xieshang.app.infrastructure.demo.ProposalStep.Assign;
import org.xieshang.app.infrastructure.demo.ProposalStep.Convert;
import org.xieshang.app.infrastructure.demo.ProposalStep.File;
import org.xieshang.app.infrastructure.demo.ProposalStep.Merge;
import org.xieshang.app.infrastructure.demo.ProposalStep.RefuseFiling;
import org.xieshang.app.infrastructure.demo.ProposalStep.Rehandle;
import org.xieshang.domain.calendar.CommitteeCalendars;
import org.xieshang.domain.calendar.WorkingDayCalendar;
import org.xieshang.domain.committee.PlenarySession;
import org.xieshang.domain.inmemory.InMemoryWorkingCalendars;
import org.xieshang.domain.proposal.HandlingPeriods;
import org.xieshang.domain.proposal.ProposalOrigin;

class ProposalPlannerTest {

    /** The library ships the 2026 schedule only. */
    private static final WorkingDayCalendar CALENDAR = new CommitteeCalendars(new InMemoryWorkingCalendars()).calendarOf(DemoIds.committee("CH"));
    private static final PlenarySession SESSION_2026 = new PlenarySession(5, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 14));

    @Test
    void countsTheDefaultDeadlineAsTheDomainDoes() {
        ProposalTimeline timeline = new ProposalTimeline(SESSION_2026, LocalDate.of(2026, 12, 15), CALENDAR, HandlingPeriods.DEFAULTS);
        LocalDate meeting = timeline.assignmentMeeting();

        assertThat(CALENDAR.isWorkingDay(meeting)).isTrue();
        assertThat(timeline.plenaryDeadline(meeting)).isEqualTo(HandlingPeriods.DEFAULTS.deadline(ProposalOrigin.PLENARY_SESSION, meeting, CALENDAR));
        assertThat(timeline.dueSoon()).hasValueSatisfying(day -> assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 12, 15), day))
                .isBetween(1, HandlingPeriods.DEFAULTS.warningWorkingDays()));
        assertThat(timeline.onTrack()).hasValueSatisfying(day -> assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 12, 15), day))
                .isGreaterThan(HandlingPeriods.DEFAULTS.warningWorkingDays()));
    }

    @Test
    void setsNoDeadlineBeyondTheYearTheCalendarCovers() {
        LocalDate lastDay = LocalDate.of(2026, 12, 31);
        ProposalTimeline timeline = new ProposalTimeline(SESSION_2026, LocalDate.of(2026, 12, 29), CALENDAR, HandlingPeriods.DEFAULTS);

        assertThat(timeline.dueSoon()).contains(lastDay);
        assertThat(timeline.onTrack()).contains(lastDay);
        assertThat(timeline.plenaryDeadline(LocalDate.of(2026, 12, 1))).isEqualTo(lastDay);
        assertThat(new ProposalTimeline(SESSION_2026, lastDay, CALENDAR, HandlingPeriods.DEFAULTS).dueSoon()).isEmpty();

        List<ProposalStep> steps = new ProposalPlanner(timeline, true).plan(CityProposals.all());
        assertThat(steps).filteredOn(s -> s instanceof Assign).extracting(s -> ((Assign) s).deadline())
                .allSatisfy(d -> assertThat(d).hasYear(2026));
        assertThat(steps).filteredOn(s -> s instanceof Rehandle).extracting(s -> ((Rehandle) s).deadline())
                .allSatisfy(d -> assertThat(d).hasYear(2026));
    }

    @Test
    void withoutTheYearsWorkingCalendarStopsEveryProposalAtTheFilingReview() {
        PlenarySession session = new PlenarySession(1, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 13));
        LocalDate today = LocalDate.of(2027, 11, 20);
        ProposalTimeline timeline = new ProposalTimeline(session, today, CALENDAR, HandlingPeriods.DEFAULTS);

        List<ProposalStep> steps = new ProposalPlanner(timeline, true).plan(CityProposals.all());

        assertThat(timeline.countsDeadlines()).isFalse();
        assertThat(steps).isNotEmpty().allSatisfy(step -> assertThat(step.day()).isBeforeOrEqualTo(today));
        assertThat(steps).extracting(step -> step.getClass().getSimpleName()).doesNotContain("Assign", "Acknowledge", "Answer", "Rate")
                .contains("File", "RefuseFiling", "Merge", "Convert", "DesignateKey");
        assertThat(steps.stream().filter(step -> step instanceof File || step instanceof RefuseFiling || step instanceof Merge
                || step instanceof Convert).map(ProposalStep::day).filter(day -> day.getMonthValue() == 1)).isNotEmpty();
    }

    @Test
    void takesEveryProposalsStepsInOrderAndNoneAfterToday() {
        LocalDate today = LocalDate.of(2026, 4, 20);
        ProposalTimeline timeline = new ProposalTimeline(SESSION_2026, today, CALENDAR, HandlingPeriods.DEFAULTS);

        List<ProposalStep> steps = new ProposalPlanner(timeline, true).plan(CityProposals.all());

        assertThat(steps).extracting(ProposalStep::day).isSorted().allSatisfy(day -> assertThat(day).isBeforeOrEqualTo(today));
        assertThat(steps).filteredOn(step -> step instanceof Assign).extracting(ProposalStep::slots)
                .anySatisfy(slots -> assertThat(slots).hasSize(3));
        for (int slot = 0; slot < CityProposals.all().size(); slot++) {
            int place = slot;
            assertThat(steps.stream().filter(step -> step.slots().get(0) == place).map(ProposalStep::day)).as("proposal %d", slot).isSorted();
        }
        assertThat(Set.copyOf(steps.stream().map(ProposalStep::day).toList())).allSatisfy(day -> assertThat(day).hasYear(2026));
    }
}
