package org.xieshang.domain.proposal;

import java.time.LocalDate;
import org.xieshang.domain.calendar.WorkingDayCalendar;
import org.xieshang.domain.shared.Guard;

/**
 * How long units have to answer, in working days from assignment: a committee's parameters. The defaults follow the
 * common rule of about three months (大会提案 and 平时提案 alike under many committees' rules, 65 working days ≈ three
 * months); a committee that gives proposals between sessions two months sets 43. Re-handling gets its own, shorter period.
 * Alerts warn {@code warningWorkingDays} before a deadline. Immutable.
 *
 * @param plenaryWorkingDays        period for proposals of the plenary session, 1–250
 * @param betweenSessionsWorkingDays period for proposals between sessions, 1–250
 * @param rehandlingWorkingDays     period for a second round after an unsatisfied rating, 1–250
 * @param warningWorkingDays        how many working days before the deadline an item is "due soon", 1–30
 */
public record HandlingPeriods(int plenaryWorkingDays, int betweenSessionsWorkingDays, int rehandlingWorkingDays, int warningWorkingDays) {

    /** The defaults: 65, 65, 22 (about a month) and 5 working days. */
    public static final HandlingPeriods DEFAULTS = new HandlingPeriods(65, 65, 22, 5);

    /** Validates every parameter. */
    public HandlingPeriods {
        Guard.check(plenaryWorkingDays >= 1 && plenaryWorkingDays <= 250, "proposal.period.invalid", "plenaryWorkingDays");
        Guard.check(betweenSessionsWorkingDays >= 1 && betweenSessionsWorkingDays <= 250, "proposal.period.invalid", "betweenSessionsWorkingDays");
        Guard.check(rehandlingWorkingDays >= 1 && rehandlingWorkingDays <= 250, "proposal.period.invalid", "rehandlingWorkingDays");
        Guard.check(warningWorkingDays >= 1 && warningWorkingDays <= 30, "proposal.period.invalid", "warningWorkingDays");
    }

    /**
     * @param origin     the proposal's origin, not null
     * @param assignedOn the day of assignment, not null
     * @param calendar   the committee's working days, not null
     * @return the default deadline, a working day, never null
     */
    public LocalDate deadline(ProposalOrigin origin, LocalDate assignedOn, WorkingDayCalendar calendar) {
        return calendar.plusWorkingDays(assignedOn, origin == ProposalOrigin.PLENARY_SESSION ? plenaryWorkingDays : betweenSessionsWorkingDays);
    }

    /**
     * @param ratedOn  the day re-handling is decided, not null
     * @param calendar the committee's working days, not null
     * @return the second round's default deadline, never null
     */
    public LocalDate rehandlingDeadline(LocalDate ratedOn, WorkingDayCalendar calendar) {
        return calendar.plusWorkingDays(ratedOn, rehandlingWorkingDays);
    }
}
