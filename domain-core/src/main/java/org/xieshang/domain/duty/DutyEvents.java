package org.xieshang.domain.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.NotFoundException;

/** Storage port for duty events. Implementations must pass {@code DutyContract} from the test kit. */
public interface DutyEvents {

    /**
     * @param event a new event, not null
     * @return the stored event, never null
     * @throws org.xieshang.domain.shared.DuplicateException {@code duty-event.duplicate} if the member has an event of
     *                                                      that kind from that source
     */
    DutyEvent add(DutyEvent event);

    /**
     * Stores many new events at once, as when attendance of a whole meeting or an import is recorded; adapters that can
     * write in one batch override this.
     *
     * @param batch new events, not null
     * @throws org.xieshang.domain.shared.DuplicateException {@code duty-event.duplicate} if any records a fact already
     *                                                      stored or twice in the batch; then none is stored
     */
    default void addAll(List<DutyEvent> batch) {
        for (int i = 0; i < batch.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (batch.get(i).sameFactAs(batch.get(j))) {
                    throw new DuplicateException("duty-event.duplicate", "kind", batch.get(i).kind(), batch.get(i).source());
                }
            }
        }
        batch.forEach(this::add);
    }

    /**
     * @param memberId the member, not null
     * @param source   the source record, not null
     * @return how many events were removed
     */
    int removeFrom(MemberId memberId, SourceRef source);

    /**
     * @param id an event, not null
     * @return whether it was there
     */
    boolean remove(DutyEventId id);

    /**
     * @param id an event, not null
     * @return the event, if stored
     */
    Optional<DutyEvent> find(DutyEventId id);

    /**
     * @param memberId       the member, not null
     * @param fromInclusive  first day, not null
     * @param untilInclusive last day, not null
     * @return the member's events in that period, by day, never null
     */
    List<DutyEvent> ofMember(MemberId memberId, LocalDate fromInclusive, LocalDate untilInclusive);

    /**
     * Streams a committee's events of a period, for evaluations and statistics over all members.
     *
     * @param committeeId    the committee, not null
     * @param fromInclusive  first day, not null
     * @param untilInclusive last day, not null
     * @param sink           receives each event, grouped by member in no particular order of members; not null
     */
    void forEachOfCommittee(CommitteeId committeeId, LocalDate fromInclusive, LocalDate untilInclusive, Consumer<DutyEvent> sink);

    /**
     * @param id an event, not null
     * @return the event, never null
     * @throws NotFoundException if it is not stored
     */
    default DutyEvent require(DutyEventId id) {
        return find(id).orElseThrow(() -> new NotFoundException("duty-event", null, id));
    }
}
