package org.xieshang.app.application.feed;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;

/** Storage of the change feed: appended inside the change's own transaction, read by sequence number. */
public interface ChangeFeed {

    /**
     * @param committeeId the item's committee, not null
     * @param itemType    the kind of item, not blank
     * @param itemId      its identifier, not blank
     * @param itemVersion its version after the change
     * @param payload     the item as the API shows it (JSON), or null for a tombstone
     * @param at          when, not null
     * @param units       the handling units whose own feed shows the entry (those the item is assigned to), not null
     * @return the entry with its sequence number, never null
     */
    FeedEntry append(CommitteeId committeeId, String itemType, String itemId, long itemVersion, String payload, Instant at,
                     Set<HandlingUnitId> units);

    /**
     * @param committeeIds the committees whose items to read, not empty
     * @param since        the last sequence number the reader has seen (0 for all)
     * @param limit        how many at most, 1–1000
     * @return the entries after {@code since}, in order; never null
     */
    List<FeedEntry> read(List<CommitteeId> committeeIds, long since, int limit);

    /**
     * @param unitId the handling unit whose own entries to read, not null
     * @param since  the last sequence number the reader has seen (0 for all)
     * @param limit  how many at most, 1–1000
     * @return the entries after {@code since} appended for the unit, in order; never null
     */
    List<FeedEntry> readForUnit(HandlingUnitId unitId, long since, int limit);
}
