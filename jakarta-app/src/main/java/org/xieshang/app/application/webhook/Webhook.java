package org.xieshang.app.application.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.xieshang.domain.committee.CommitteeId;

/**
 * An integrator's webhook: one committee's change feed pushed to a department's own system, and how far its deliveries
 * have come. Its secret is not part of it: only the deliveries read it. Immutable.
 *
 * @param id                its identifier
 * @param committeeId       the committee whose changes it receives
 * @param url               where the changes are posted (http or https)
 * @param description       what it is for, as the office named it; may be empty
 * @param createdAt         when it was registered
 * @param createdBy         who registered it
 * @param deliveredSequence the last feed sequence the endpoint acknowledged, 0 for none
 * @param failures          failed attempts in a row since the last acknowledged delivery
 * @param nextAttemptAt     the earliest time of the next delivery
 * @param lastAttemptAt     when the last delivery was attempted, if ever
 * @param lastStatus        the HTTP status of the last attempt, 0 when the endpoint did not answer
 * @param lastError         why the last attempt failed, if it did
 * @param version           its version: registering makes 1, every change by the office raises it (deliveries do not)
 */
public record Webhook(UUID id, CommitteeId committeeId, URI url, String description, Instant createdAt, String createdBy, long deliveredSequence,
                      int failures, Instant nextAttemptAt, Optional<Instant> lastAttemptAt, Optional<Integer> lastStatus, Optional<String> lastError,
                      long version) {
}
