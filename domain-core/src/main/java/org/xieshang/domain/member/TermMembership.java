package org.xieshang.domain.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.Guard;

/**
 * A member's membership in one term: in exactly one sector, new or continuing, with its status and any
 * standing-committee periods. Immutable and thread-safe.
 *
 * @param termNumber    the term's number
 * @param sectorId      the one sector the member belongs to in this term, not null
 * @param kind          new or continuing, not null
 * @param status        the life-cycle status, not null
 * @param sinceInclusive the day the appointment took effect, not null
 * @param endedOn       the last day, present exactly when the status is no longer current
 * @param standingRoles standing-committee periods in time order, at most the last one open; never null
 */
public record TermMembership(int termNumber, SectorId sectorId, MembershipKind kind, MembershipStatus status,
                             LocalDate sinceInclusive, Optional<LocalDate> endedOn, List<StandingRole> standingRoles) {

    /** Checks the dates and that only a current membership has an open standing role. */
    public TermMembership {
        Guard.required(sectorId, "sectorId");
        Guard.required(kind, "kind");
        Guard.required(status, "status");
        Guard.required(sinceInclusive, "sinceInclusive");
        Guard.required(endedOn, "endedOn");
        Guard.check(status.isCurrent() == endedOn.isEmpty(), "membership.end-date.inconsistent", "endedOn");
        endedOn.ifPresent(end -> Guard.check(!end.isBefore(sinceInclusive), "membership.dates.reversed", "effectiveOn"));
        standingRoles = List.copyOf(Guard.required(standingRoles, "standingRoles"));
        for (int i = 0; i < standingRoles.size(); i++) {
            StandingRole role = standingRoles.get(i);
            Guard.check(!role.fromInclusive().isBefore(sinceInclusive), "standing.before-membership", "effectiveOn");
            Guard.check(i == standingRoles.size() - 1 || !role.isOpen(), "standing.already-open", "kind");
            Guard.check(i == 0 || role.fromInclusive().isAfter(standingRoles.get(i - 1).untilInclusive().orElseThrow()),
                    "standing.overlaps", "effectiveOn");
        }
        Guard.check(status.isCurrent() || standingRoles.stream().noneMatch(StandingRole::isOpen), "standing.open-after-end", "kind");
        List<StandingRole> roles = standingRoles;
        endedOn.ifPresent(end -> Guard.check(roles.stream().allMatch(role -> role.untilInclusive().map(until -> !until.isAfter(end)).orElse(true)),
                "standing.open-after-end", "effectiveOn"));
    }

    /**
     * @param day a day, not null
     * @return whether the membership ran that day (from its start to its end, if it ended)
     */
    public boolean covers(LocalDate day) {
        return !day.isBefore(sinceInclusive) && endedOn.map(end -> !day.isAfter(end)).orElse(true);
    }

    /** @return whether the member currently holds a standing-committee role in this term */
    public boolean isStanding() {
        return !standingRoles.isEmpty() && standingRoles.get(standingRoles.size() - 1).isOpen();
    }

    /**
     * @param day a day, not null
     * @return whether the member held a standing role that day
     */
    public boolean wasStandingOn(LocalDate day) {
        return standingRoles.stream().anyMatch(role -> role.covers(day));
    }

    /** @return the open standing role, if any */
    public Optional<StandingRole> openStandingRole() {
        return isStanding() ? Optional.of(standingRoles.get(standingRoles.size() - 1)) : Optional.empty();
    }
}
