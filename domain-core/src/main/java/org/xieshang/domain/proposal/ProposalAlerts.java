package org.xieshang.domain.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.calendar.WorkingDayCalendar;

/**
 * Finds what needs attention today: answers due within the warning period (in working days), overdue answers,
 * assignments not acknowledged, extension requests waiting, answers not rated. Where the calendar does not cover the
 * days in between, "due soon" is not judged rather than guessed; overdue needs no calendar. Immutable.
 */
public final class ProposalAlerts {

    private final HandlingPeriods periods;

    /** @param periods the committee's periods, whose warning period applies; not null */
    public ProposalAlerts(HandlingPeriods periods) {
        this.periods = Objects.requireNonNull(periods, "periods");
    }

    /**
     * @param proposals the proposals to look at, not null
     * @param today     the committee's day, not null
     * @param calendar  the committee's working days, not null
     * @return the alerts, proposal by proposal, never null
     */
    public List<Alert> of(List<Proposal> proposals, LocalDate today, WorkingDayCalendar calendar) {
        List<Alert> alerts = new ArrayList<>();
        for (Proposal proposal : proposals) {
            proposal.handling().ifPresent(handling -> alerts.addAll(of(proposal, handling, today, calendar)));
        }
        return alerts;
    }

    private List<Alert> of(Proposal proposal, Handling handling, LocalDate today, WorkingDayCalendar calendar) {
        List<Alert> alerts = new ArrayList<>();
        if (proposal.status().isUnderDeadline()) {
            if (proposal.isOverdue(today)) {
                alerts.add(alert(proposal, AlertKind.OVERDUE, handling.lead(), handling.deadline()));
            } else if (within(today, handling.deadline(), calendar)) {
                alerts.add(alert(proposal, AlertKind.DUE_SOON, handling.lead(), handling.deadline()));
            }
            handling.tasks().stream().filter(task -> task.acknowledgedOn().isEmpty())
                    .filter(task -> passed(handling.assignedOn(), today, calendar))
                    .forEach(task -> alerts.add(alert(proposal, AlertKind.NOT_ACKNOWLEDGED, task, handling.assignedOn())));
            handling.pendingExtension().ifPresent(request -> alerts.add(alert(proposal, AlertKind.EXTENSION_PENDING, handling.lead(),
                    request.requestedOn())));
        }
        if (proposal.status() == ProposalStatus.ANSWERED) {
            handling.currentAnswer().filter(answer -> passed(answer.answeredOn(), today, calendar))
                    .ifPresent(answer -> alerts.add(new Alert(proposal.id(), AlertKind.AWAITING_RATING, Optional.empty(), answer.answeredOn())));
        }
        return alerts;
    }

    private boolean within(LocalDate today, LocalDate deadline, WorkingDayCalendar calendar) {
        return calendar.covers(today, deadline) && calendar.workingDaysBetween(today, deadline) <= periods.warningWorkingDays();
    }

    private boolean passed(LocalDate since, LocalDate today, WorkingDayCalendar calendar) {
        return !today.isBefore(since) && calendar.covers(since, today) && calendar.workingDaysBetween(since, today) > periods.warningWorkingDays();
    }


    private static Alert alert(Proposal proposal, AlertKind kind, UnitTask task, LocalDate day) {
        return new Alert(proposal.id(), kind, Optional.of(task.unitId()), day);
    }
}
