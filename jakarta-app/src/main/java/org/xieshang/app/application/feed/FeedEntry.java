package org.xieshang.app.application.feed;

import java.time.Instant;
import java.util.Optional;

/**
 * One change of an item integrators follow. Immutable.
 *
 * @param sequence    its place in the feed, from 1, in commit order
 * @param committeeId the committee the item belongs to
 * @param itemType    what kind of item, such as {@code proposal}
 * @param itemId      the item's identifier
 * @param itemVersion the item's version after the change
 * @param removed     whether the item is gone from the integrator's view (a tombstone)
 * @param changedAt   when
 * @param payload     the item as the API shows it after the change (JSON); empty for a tombstone
 */
public record FeedEntry(long sequence, String committeeId, String itemType, String itemId, long itemVersion, boolean removed, Instant changedAt,
                        Optional<String> payload) {
}
