package org.xieshang.domain.duty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Guard;

/**
 * A member's duty file (履职档案) for a year or a term: the ledger of their duty events with totals per kind
 * and quarter. Built from stored events; immutable and thread-safe. Totals are counted once, when the file is
 * built, because evaluations and statistics read them many times.
 */
public final class DutyFile {

    /** Day, then kind, then source: a stable order whatever order storage returns. Written out because it runs for every event. */
    private static final Comparator<DutyEvent> BY_DAY = (a, b) -> {
        int order = a.occurredOn().compareTo(b.occurredOn());
        if (order == 0) {
            order = a.kind().compareTo(b.kind());
        }
        if (order == 0) {
            order = a.source().type().compareTo(b.source().type());
        }
        return order != 0 ? order : a.source().reference().compareTo(b.source().reference());
    };

    private final MemberId memberId;
    private final DutyPeriod period;
    /** The events as given; sorted by day only when someone reads the ledger, since scores and rules mostly read counts. */
    private final List<DutyEvent> events;
    private final boolean sorted;
    private volatile List<DutyEvent> byDay;
    private final int[] counts;
    private final int[] quarterCounts;

    private DutyFile(DutyFile same, DutyPeriod period) {
        this.memberId = same.memberId;
        this.period = period;
        this.events = same.events;
        this.sorted = same.sorted;
        this.byDay = same.byDay;
        this.counts = same.counts;
        this.quarterCounts = same.quarterCounts;
    }

    private DutyFile(MemberId memberId, DutyPeriod period, List<DutyEvent> events) {
        this.memberId = Guard.required(memberId, "memberId");
        this.period = Guard.required(period, "period");
        int kinds = DutyEventKind.count();
        this.counts = new int[kinds];
        this.quarterCounts = new int[kinds * 4];
        this.events = List.copyOf(events);
        boolean inOrder = true;
        DutyEvent previous = null;
        for (DutyEvent event : this.events) {
            if (!event.memberId().equals(memberId) || !period.covers(event.occurredOn())) {
                throw new IllegalArgumentException("event of another member or period: " + event);
            }
            int kind = event.kind().ordinal();
            counts[kind]++;
            quarterCounts[kind * 4 + (event.occurredOn().getMonthValue() - 1) / 3]++;
            inOrder = inOrder && (previous == null || BY_DAY.compare(previous, event) <= 0);
            previous = event;
        }
        this.sorted = inOrder;
        this.byDay = inOrder ? this.events : null;
    }

    /**
     * @param memberId the member, not null
     * @param period   the period, not null
     * @param events   the member's events in the period, in any order; not null
     * @return the duty file, never null
     * @throws IllegalArgumentException if an event is another member's or outside the period
     */
    public static DutyFile of(MemberId memberId, DutyPeriod period, List<DutyEvent> events) {
        return new DutyFile(memberId, period, Objects.requireNonNull(events, "events"));
    }

    /**
     * @param wider a period containing this file's period, not null
     * @return a file with the same events for the wider period (when nothing else happened in it), never null
     */
    public DutyFile covering(DutyPeriod wider) {
        if (wider.fromInclusive().isAfter(period.fromInclusive()) || wider.untilInclusive().isBefore(period.untilInclusive())) {
            throw new IllegalArgumentException(wider + " does not contain " + period);
        }
        return new DutyFile(this, wider);
    }

    /** @return the member, never null */
    public MemberId memberId() {
        return memberId;
    }

    /** @return the period the file covers, never null */
    public DutyPeriod period() {
        return period;
    }

    /** @return every event by day, never null */
    public List<DutyEvent> events() {
        List<DutyEvent> ledger = byDay;
        if (ledger == null) { // a harmless race: two threads may sort the same list, both get the same order
            List<DutyEvent> sorting = new ArrayList<>(events);
            sorting.sort(BY_DAY);
            ledger = List.copyOf(sorting);
            byDay = ledger;
        }
        return ledger;
    }

    /**
     * @param kind a kind, not null
     * @return the events of that kind by day, never null
     */
    public List<DutyEvent> events(DutyEventKind kind) {
        int count = counts[kind.ordinal()];
        if (count == 0) {
            return List.of();
        }
        List<DutyEvent> ofKind = new ArrayList<>(count);
        for (DutyEvent event : events) {
            if (event.kind() == kind) {
                ofKind.add(event);
            }
        }
        if (!sorted) {
            ofKind.sort(BY_DAY);
        }
        return List.copyOf(ofKind);
    }

    /**
     * @param kind a kind, not null
     * @return how many events of that kind the file holds
     */
    public int count(DutyEventKind kind) {
        return counts[kind.ordinal()];
    }

    /**
     * @param kind    a kind, not null
     * @param quarter 1 to 4
     * @return how many events of that kind fell in that quarter (of any year the period spans)
     */
    public int count(DutyEventKind kind, int quarter) {
        Guard.check(quarter >= 1 && quarter <= 4, "quarter.invalid", "quarter");
        return quarterCounts[kind.ordinal() * 4 + quarter - 1];
    }

    /**
     * @param category a category, not null
     * @return how many events of that category the file holds
     */
    public int count(DutyEventKind.Category category) {
        int total = 0;
        for (DutyEventKind kind : DutyEventKind.values()) {
            if (kind.category() == category) {
                total += counts[kind.ordinal()];
            }
        }
        return total;
    }

    /**
     * @param category a category, not null
     * @param quarter  1 to 4
     * @return how many events of that category fell in that quarter
     */
    public int count(DutyEventKind.Category category, int quarter) {
        int total = 0;
        for (DutyEventKind kind : DutyEventKind.values()) {
            if (kind.category() == category) {
                total += count(kind, quarter);
            }
        }
        return total;
    }

    /** @return how many events show the member taking part ({@link DutyEventKind#isParticipation()}) */
    public int participationCount() {
        int total = 0;
        for (DutyEventKind kind : DutyEventKind.values()) {
            if (kind.isParticipation()) {
                total += counts[kind.ordinal()];
            }
        }
        return total;
    }

    /** @return the totals per kind and quarter (index 0 to 3), only kinds that occur; never null */
    public Map<DutyEventKind, int[]> totalsByQuarter() {
        Map<DutyEventKind, int[]> totals = new EnumMap<>(DutyEventKind.class);
        for (DutyEventKind kind : DutyEventKind.values()) {
            if (counts[kind.ordinal()] > 0) {
                int[] quarters = new int[4];
                System.arraycopy(quarterCounts, kind.ordinal() * 4, quarters, 0, 4);
                totals.put(kind, quarters);
            }
        }
        return totals;
    }

    @Override
    public String toString() {
        return "DutyFile[" + memberId + ", " + period + ", " + events.size() + " events]";
    }
}
