package org.xieshang.app.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.xieshang.app.application.webhook.Webhook;

/** The webhooks' JSON: what the office sends and what it reads back. */
final class WebhookJson {

    private WebhookJson() {
    }

    /** Registers a webhook. */
    public static class WebhookRequest {
        /** Where the committee's changes are posted: an absolute http or https address. */
        @NotBlank
        @Size(max = 500)
        public String url;
        /** What it is for, such as the department's system it feeds. */
        @Size(max = 200)
        public String description;
    }

    /** Delivers again from after a sequence number. */
    public static class RewindRequest {
        /** The last sequence the receiver keeps; 0 to receive the whole feed again. */
        @NotNull
        public Long since;
    }

    /**
     * A webhook as the office reads it; {@code secret} only in the answer to its registration, never again.
     * {@code lastStatus} 0: the address did not answer.
     */
    public record WebhookView(String id, String committeeId, String url, String description, Instant createdAt, String createdBy,
                              long deliveredSequence, int failures, Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatus,
                              String lastError, long version, String secret) {

        static WebhookView of(Webhook w) {
            return of(w, null);
        }

        static WebhookView of(Webhook w, String secret) {
            return new WebhookView(w.id().toString(), w.committeeId().toString(), w.url().toString(), w.description(), w.createdAt(),
                    w.createdBy(), w.deliveredSequence(), w.failures(), w.nextAttemptAt(), w.lastAttemptAt().orElse(null),
                    w.lastStatus().orElse(null), w.lastError().orElse(null), w.version(), secret);
        }

        /** Without the secret. */
        @Override
        public String toString() {
            return "WebhookView[" + id + " to " + url + "]";
        }
    }
}
