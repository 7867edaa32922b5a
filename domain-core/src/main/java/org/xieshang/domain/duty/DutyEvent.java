package org.xieshang.domain.duty;

import java.time.Instant;
import java.time.LocalDate;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Guard;

/**
 * One entry of a member's duty file (履职档案): what the member did (or missed), when, and the record it
 * comes from. Events are facts: they are recorded and withdrawn, never edited. Immutable and thread-safe.
 *
 * @param id          identifier, not null
 * @param committeeId the member's committee, not null
 * @param memberId    the member, not null
 * @param kind        what happened, not null
 * @param occurredOn  the day it happened, not null
 * @param source      the record it comes from, not null
 * @param title       what the duty file shows, not blank
 * @param recordedAt  when it entered the duty file, not null
 */
public record DutyEvent(DutyEventId id, CommitteeId committeeId, MemberId memberId, DutyEventKind kind, LocalDate occurredOn,
                        SourceRef source, String title, Instant recordedAt) {

    /** Longest title. */
    public static final int TITLE_MAX = 200;

    /** Validates every field. */
    public DutyEvent {
        Guard.required(id, "id");
        Guard.required(committeeId, "committeeId");
        Guard.required(memberId, "memberId");
        Guard.required(kind, "kind");
        Guard.required(occurredOn, "occurredOn");
        Guard.required(source, "source");
        title = Guard.text(title, "title", TITLE_MAX);
        Guard.required(recordedAt, "recordedAt");
    }

    /**
     * @param draft      the published draft, not null
     * @param recordedAt when it is recorded, not null
     * @return a new event with a fresh identifier, never null
     */
    public static DutyEvent of(DutyEventDraft draft, Instant recordedAt) {
        return new DutyEvent(DutyEventId.generate(), draft.committeeId(), draft.memberId(), draft.kind(), draft.occurredOn(),
                draft.source(), draft.title(), recordedAt);
    }

    /**
     * @param other another event, not null
     * @return whether both record the same fact: same member, kind and source
     */
    public boolean sameFactAs(DutyEvent other) {
        return memberId.equals(other.memberId) && kind == other.kind && source.equals(other.source);
    }
}
