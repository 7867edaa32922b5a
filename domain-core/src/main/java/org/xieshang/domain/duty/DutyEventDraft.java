package org.xieshang.domain.duty;

import java.time.LocalDate;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Guard;

/**
 * A duty event as a module publishes it, before the duty file accepts it. Immutable and thread-safe.
 *
 * @param committeeId the member's committee, not null
 * @param memberId    the member credited (or charged), not null
 * @param kind        what happened, not null
 * @param occurredOn  the day it happened, not null
 * @param source      the record it comes from, not null; one event per member, kind and source
 * @param title       what to show in the duty file, such as the meeting's or proposal's title; not blank, at most
 *                    {@value DutyEvent#TITLE_MAX} characters
 */
public record DutyEventDraft(CommitteeId committeeId, MemberId memberId, DutyEventKind kind, LocalDate occurredOn, SourceRef source,
                             String title) {

    /** Validates every field. */
    public DutyEventDraft {
        Guard.required(committeeId, "committeeId");
        Guard.required(memberId, "memberId");
        Guard.required(kind, "kind");
        Guard.required(occurredOn, "occurredOn");
        Guard.required(source, "source");
        title = Guard.text(title, "title", DutyEvent.TITLE_MAX);
    }
}
