package org.xieshang.domain.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.shared.Guard;

/**
 * One suggestion of an outcome report, tracked on its own: the department it went to, by when it should answer, its
 * status and its log. Immutable.
 *
 * @param number     its number in the report, from 1
 * @param text       the suggestion, not blank, at most 2000 characters
 * @param addressee  the department the report named, if any
 * @param status     where it stands, not null
 * @param department the handling unit it is assigned to, present once assigned
 * @param dueOn      when the department should answer, present once assigned
 * @param log        what happened to it, oldest first
 */
public record TrackedSuggestion(int number, String text, Optional<String> addressee, SuggestionStatus status, Optional<HandlingUnitId> department,
                                Optional<LocalDate> dueOn, List<TrackingEntry> log) {

    /** Validates every part. */
    public TrackedSuggestion {
        Guard.check(number >= 1, "outcome.suggestion.number", "number");
        text = Guard.text(text, "text", 2000);
        Guard.required(addressee, "addressee");
        Guard.required(status, "status");
        Guard.required(department, "department");
        Guard.required(dueOn, "dueOn");
        log = List.copyOf(Guard.required(log, "log"));
        Guard.check(department.isPresent() == (status != SuggestionStatus.PENDING) && dueOn.isPresent() == department.isPresent(),
                "outcome.suggestion.department", "department");
    }

    TrackedSuggestion act(SuggestionAction action, SuggestionStatus next, Optional<HandlingUnitId> unit, Optional<LocalDate> due, TrackingEntry entry) {
        SuggestionLifecycle.require(status, action);
        List<TrackingEntry> longer = new ArrayList<>(log);
        longer.add(entry);
        return new TrackedSuggestion(number, text, addressee, next, unit, due, longer);
    }

    /**
     * @param today the committee's day, not null
     * @return whether the department has not answered by the day it should have
     */
    public boolean isOverdue(LocalDate today) {
        return status == SuggestionStatus.ASSIGNED && dueOn.map(today::isAfter).orElse(false);
    }
}
