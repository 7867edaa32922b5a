package org.xieshang.domain.duty;

import java.util.List;
import org.xieshang.domain.member.MemberId;

/**
 * The port through which modules (attendance, proposals, social-condition reports, consultations, an
 * embedder's own systems) put events into members' duty files. {@link DutyRecorder} is the library's
 * implementation; an embedder may forward to its own ledger instead. Transactions belong to the caller: an
 * event is recorded together with the change in its source record, or not at all.
 */
public interface DutyEventPublisher {

    /**
     * Records one event.
     *
     * @param draft the event, not null
     * @return the recorded event, never null
     * @throws org.xieshang.domain.shared.DuplicateException {@code duty-event.duplicate} if the member already has an
     *                                                      event of that kind from that source
     * @throws org.xieshang.domain.shared.NotFoundException if the member is not the committee's
     */
    DutyEvent publish(DutyEventDraft draft);

    /**
     * Withdraws the member's events from one source, such as a withdrawn proposal or a corrected attendance.
     *
     * @param memberId the member, not null
     * @param source   the source record, not null
     * @return how many events were withdrawn
     */
    int withdraw(MemberId memberId, SourceRef source);

    /**
     * Replaces the member's events from one source with new ones, as when attendance is corrected.
     *
     * @param memberId the member, not null
     * @param source   the source record, not null
     * @param drafts   the events that now hold, all for that member and source; may be empty
     * @return the recorded events, never null
     */
    default List<DutyEvent> replace(MemberId memberId, SourceRef source, List<DutyEventDraft> drafts) {
        drafts.forEach(d -> {
            if (!d.memberId().equals(memberId) || !d.source().equals(source)) {
                throw new IllegalArgumentException("draft for another member or source: " + d);
            }
        });
        withdraw(memberId, source);
        return drafts.stream().map(this::publish).toList();
    }
}
