package org.xieshang.domain.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.Guard;

/**
 * The library's {@link DutyEventPublisher}: checks each event against the member's record and keeps it in
 * the duty file. Also the use cases of staff entering events by hand. Thread-safe if its ports are.
 */
public final class DutyRecorder implements DutyEventPublisher {

    private final Members members;
    private final DutyEvents events;
    private final Clock clock;

    /**
     * @param members member storage, not null
     * @param events  duty event storage, not null
     * @param clock   the clock, in the committee's time zone; not null
     */
    public DutyRecorder(Members members, DutyEvents events, Clock clock) {
        this.members = Objects.requireNonNull(members, "members");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * {@inheritDoc}
     *
     * @throws org.xieshang.domain.shared.DomainException {@code duty-event.in-future} for a day after today,
     *                                                   {@code duty-event.outside-membership} for a day on which the
     *                                                   member held no membership of the committee
     */
    @Override
    public DutyEvent publish(DutyEventDraft draft) {
        Guard.required(draft, "event");
        Member member = members.requireMemberOf(draft.committeeId(), draft.memberId(), "memberId");
        Guard.check(!draft.occurredOn().isAfter(LocalDate.now(clock)), "duty-event.in-future", "occurredOn");
        Guard.check(member.memberships().stream().anyMatch(m -> m.covers(draft.occurredOn())), "duty-event.outside-membership",
                "occurredOn", draft.occurredOn());
        return events.add(DutyEvent.of(draft, clock.instant()));
    }

    @Override
    public int withdraw(MemberId memberId, SourceRef source) {
        return events.removeFrom(Guard.required(memberId, "memberId"), Guard.required(source, "source"));
    }

    /**
     * Records an event that staff enter with its evidence, such as a plenary speech or a commendation.
     *
     * @param draft the event; its source must be {@link SourceType#MANUAL} or {@link SourceType#EXTERNAL}
     * @return the recorded event, never null
     * @throws DuplicateException if the same evidence was entered before for that member and kind
     */
    public DutyEvent recordManually(DutyEventDraft draft) {
        Guard.check(isManual(Guard.required(draft, "event").source()), "duty-event.source.not-manual", "sourceType");
        return publish(draft);
    }

    /**
     * Removes an event entered by hand; events of other modules are withdrawn by their module.
     *
     * @param id the event, not null
     * @return the removed event, never null
     */
    public DutyEvent removeManual(DutyEventId id) {
        DutyEvent event = events.require(id);
        Guard.check(isManual(event.source()), "duty-event.source.not-manual", "sourceType");
        events.remove(id);
        return event;
    }

    private static boolean isManual(SourceRef source) {
        return source.type() == SourceType.MANUAL || source.type() == SourceType.EXTERNAL;
    }
}
