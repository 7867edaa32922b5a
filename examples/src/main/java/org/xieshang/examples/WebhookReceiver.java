package org.xieshang.examples;

import com.sun.net.httpserver.HttpHandler;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An integrator's side of Xieshang's signed webhooks: a department's own system that receives a committee's change
 * feed. Each delivery is checked before it is read: the signature (HMAC-SHA256 keyed with the webhook's secret over
 * {@code timestamp + "." + body}) compared in constant time, and the timestamp within a tolerance of the receiver's
 * clock, so that a forged or replayed delivery changes nothing. An accepted delivery is applied as a reader of
 * {@code GET /changes} applies it: the latest version per item, a tombstone removing it. Deliveries come at least once,
 * and again from the start after a rewind, so a change older than the one kept is ignored: the tombstone is kept too,
 * or a redelivered earlier version would bring a withdrawn item back. Thread-safe.
 */
public final class WebhookReceiver {

    /** What became of a delivery. */
    public enum Verdict {
        /** Signed, fresh and applied: answer 204. */
        ACCEPTED,
        /** The signature does not match: answer 401, keep nothing. */
        FORGED,
        /** Signed, but too far from the receiver's clock (a replay, or a clock gone wrong): answer 401, keep nothing. */
        STALE
    }

    private final byte[] key;
    private final Clock clock;
    private final Duration tolerance;
    /** type/id → its latest change, tombstones included; the register as the department's system keeps it. */
    private final Map<String, Kept> register = new TreeMap<>();
    private long last;

    /**
     * @param secret    the secret Xieshang showed when the webhook was registered, not null
     * @param clock     the receiver's clock, not null
     * @param tolerance how far a delivery's timestamp may be from the clock, such as five minutes
     */
    public WebhookReceiver(String secret, Clock clock, Duration tolerance) {
        this.key = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
        this.tolerance = tolerance;
    }

    /**
     * @param timestamp the {@code X-Xieshang-Timestamp} header, may be null
     * @param signature the {@code X-Xieshang-Signature} header, may be null
     * @param body      the body exactly as received, not null
     * @return the verdict; the register changed only if {@link Verdict#ACCEPTED}
     */
    public Verdict receive(String timestamp, String signature, String body) {
        if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")) {
            return Verdict.FORGED;
        }
        byte[] expected = sign(timestamp, body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.FORGED;
        }
        if (Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp)) > tolerance.toSeconds()) {
            return Verdict.STALE;
        }
        apply(Json.createReader(new StringReader(body)).readObject());
        return Verdict.ACCEPTED;
    }

    private synchronized void apply(JsonObject delivery) {
        for (JsonValue value : delivery.getJsonArray("changes")) {
            JsonObject change = value.asJsonObject();
            String item = change.getString("type") + "/" + change.getString("id");
            Kept incoming = new Kept(change.getJsonNumber("version").longValue(), change.getBoolean("removed"));
            register.merge(item, incoming, (kept, newer) -> newer.version() >= kept.version() ? newer : kept);
        }
        last = Math.max(last, delivery.getJsonNumber("last").longValue());
    }

    /** @return the items kept and not withdrawn, {@code type/id} to version, as a copy */
    public synchronized Map<String, Long> register() {
        Map<String, Long> items = new TreeMap<>();
        register.forEach((item, kept) -> {
            if (!kept.removed()) {
                items.put(item, kept.version());
            }
        });
        return items;
    }

    /** @return the last sequence applied, 0 before the first delivery */
    public synchronized long lastSequence() {
        return last;
    }

    /** @return the handler of {@code POST} deliveries: 204 when accepted, 401 otherwise, 405 for other methods */
    public HttpHandler handler() {
        return exchange -> {
            try (exchange) {
                if (!"POST".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Verdict verdict = receive(exchange.getRequestHeaders().getFirst("X-Xieshang-Timestamp"),
                        exchange.getRequestHeaders().getFirst("X-Xieshang-Signature"), body);
                exchange.sendResponseHeaders(verdict == Verdict.ACCEPTED ? 204 : 401, -1);
            }
        };
    }

    private record Kept(long version, boolean removed) {
    }

    private String sign(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
