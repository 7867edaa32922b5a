package org.xieshang.domain.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.shared.ChineseNumerals;
import org.xieshang.domain.shared.Guard;

/**
 * A committee's term (届), usually five years, with the plenary sessions held in it. Membership is
 * per term. Immutable and thread-safe.
 *
 * @param number         the term's number, such as 13 for 第十三届, from 1 to 99
 * @param startInclusive the first day of the term, not null
 * @param endInclusive   the last day of the term, after the first
 * @param sessions       the plenary sessions in number order, never null
 */
public record Term(int number, LocalDate startInclusive, LocalDate endInclusive, List<PlenarySession> sessions) {

    /** Validates the number and dates, and that the sessions are numbered 1, 2, … in time order within the term. */
    public Term {
        Guard.check(number >= 1 && number <= 99, "term.number.invalid", "number", number);
        Guard.required(startInclusive, "startDate");
        Guard.required(endInclusive, "endDate");
        Guard.check(endInclusive.isAfter(startInclusive), "term.dates.reversed", "endDate");
        sessions = List.copyOf(Guard.required(sessions, "sessions"));
        PlenarySession previous = null;
        for (PlenarySession session : sessions) {
            Guard.check(session.number() == (previous == null ? 1 : previous.number() + 1), "session.number.sequence", "number", session.number());
            Guard.check(!session.startInclusive().isBefore(startInclusive) && !session.endInclusive().isAfter(endInclusive),
                    "session.outside-term", "startDate", session.displayName(number));
            Guard.check(previous == null || session.startInclusive().isAfter(previous.endInclusive()),
                    "session.overlaps", "startDate", session.displayName(number), previous == null ? "" : previous.displayName(number));
            previous = session;
        }
    }

    /**
     * @param number         the term's number
     * @param startInclusive the first day
     * @param endInclusive   the last day
     * @return a term without sessions, never null
     */
    public static Term of(int number, LocalDate startInclusive, LocalDate endInclusive) {
        return new Term(number, startInclusive, endInclusive, List.of());
    }

    /**
     * @param day a day, not null
     * @return whether the day falls within the term
     */
    public boolean covers(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(startInclusive) && !day.isAfter(endInclusive);
    }

    /**
     * @param other another term, not null
     * @return whether the two terms share a day
     */
    public boolean overlaps(Term other) {
        return !other.endInclusive.isBefore(startInclusive) && !other.startInclusive.isAfter(endInclusive);
    }

    /**
     * @param sessionNumber a session number
     * @return the session, if held or scheduled in this term
     */
    public Optional<PlenarySession> session(int sessionNumber) {
        return sessions.stream().filter(s -> s.number() == sessionNumber).findFirst();
    }

    /**
     * @param startInclusive the first day of the next session, not null
     * @param endInclusive   its last day, not null
     * @return this term with the next session added, never null
     * @throws org.xieshang.domain.shared.DomainException if the session falls outside the term or overlaps the previous one
     */
    public Term withNextSession(LocalDate startInclusive, LocalDate endInclusive) {
        List<PlenarySession> next = new ArrayList<>(sessions);
        next.add(new PlenarySession(sessions.size() + 1, startInclusive, endInclusive));
        return new Term(number, this.startInclusive, this.endInclusive, next);
    }

    /**
     * @param newStart the new first day, not null
     * @param newEnd   the new last day, not null
     * @return this term with new dates and the same sessions, never null
     * @throws org.xieshang.domain.shared.DomainException if a session would fall outside the term
     */
    public Term withDates(LocalDate newStart, LocalDate newEnd) {
        return new Term(number, newStart, newEnd, sessions);
    }

    /** @return the usual Chinese name, such as 第十三届, never null */
    public String displayName() {
        return "第" + ChineseNumerals.of(number) + "届";
    }
}
