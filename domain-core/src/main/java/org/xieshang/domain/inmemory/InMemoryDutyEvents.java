package org.xieshang.domain.inmemory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventId;
import org.xieshang.domain.duty.DutyEvents;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DuplicateException;

/** Duty events kept in memory. Thread-safe. */
public final class InMemoryDutyEvents implements DutyEvents {

    private final Map<DutyEventId, DutyEvent> events = new LinkedHashMap<>();

    @Override
    public synchronized DutyEvent add(DutyEvent event) {
        if (events.values().stream().anyMatch(event::sameFactAs)) {
            throw new DuplicateException("duty-event.duplicate", "kind", event.kind(), event.source());
        }
        events.put(event.id(), event);
        return event;
    }

    @Override
    public synchronized void addAll(List<DutyEvent> batch) {
        List<DutyEvent> checked = new ArrayList<>();
        for (DutyEvent event : batch) {
            if (checked.stream().anyMatch(event::sameFactAs) || events.values().stream().anyMatch(event::sameFactAs)) {
                throw new DuplicateException("duty-event.duplicate", "kind", event.kind(), event.source());
            }
            checked.add(event);
        }
        checked.forEach(e -> events.put(e.id(), e));
    }

    @Override
    public synchronized int removeFrom(MemberId memberId, SourceRef source) {
        int before = events.size();
        events.values().removeIf(e -> e.memberId().equals(memberId) && e.source().equals(source));
        return before - events.size();
    }

    @Override
    public synchronized boolean remove(DutyEventId id) {
        return events.remove(id) != null;
    }

    @Override
    public synchronized Optional<DutyEvent> find(DutyEventId id) {
        return Optional.ofNullable(events.get(id));
    }

    @Override
    public synchronized List<DutyEvent> ofMember(MemberId memberId, LocalDate fromInclusive, LocalDate untilInclusive) {
        return events.values().stream().filter(e -> e.memberId().equals(memberId) && within(e, fromInclusive, untilInclusive))
                .sorted(Comparator.comparing(DutyEvent::occurredOn)).toList();
    }

    @Override
    public void forEachOfCommittee(CommitteeId committeeId, LocalDate fromInclusive, LocalDate untilInclusive, Consumer<DutyEvent> sink) {
        List<DutyEvent> matching;
        synchronized (this) {
            matching = new ArrayList<>(events.values().stream()
                    .filter(e -> e.committeeId().equals(committeeId) && within(e, fromInclusive, untilInclusive)).toList());
        }
        matching.sort(Comparator.comparing((DutyEvent e) -> e.memberId().value()).thenComparing(DutyEvent::occurredOn));
        matching.forEach(sink);
    }

    private static boolean within(DutyEvent event, LocalDate from, LocalDate until) {
        return !event.occurredOn().isBefore(from) && !event.occurredOn().isAfter(until);
    }
}
