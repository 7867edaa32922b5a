package org.xieshang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.xieshang.examples.WebhookReceiver.Verdict;

class WebhookReceiverTest {

    private static final String SECRET = "whsec_test-secret";
    private static final Instant NOW = Instant.ofEpochSecond(1796457600L);
    private static final String EMPTY = "{\"changes\":[],\"last\":0}";
    /** python3 -c "import hmac,hashlib; print(hmac.new(b'whsec_test-secret', b'1796457600.{\"changes\":[],\"last\":0}', hashlib.sha256).hexdigest())" */
    private static final String EMPTY_SIGNED = "sha256=21c41916ce7185705e8c86987a7d66b2bf3e64b628fdd44d298a7b2fd9e5d4ba";

    private final WebhookReceiver receiver = new WebhookReceiver(SECRET, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5));

    @Test
    void a_delivery_signed_as_xieshang_signs_is_accepted() {
        assertThat(receiver.receive("1796457600", EMPTY_SIGNED, EMPTY)).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void a_changed_body_timestamp_or_secret_is_forged_and_changes_nothing() {
        String body = changes(7, change(7, "proposal", "p1", 3, false));

        assertThat(receiver.receive("1796457600", EMPTY_SIGNED, body)).isEqualTo(Verdict.FORGED);
        assertThat(receiver.receive("1796457601", EMPTY_SIGNED, EMPTY)).isEqualTo(Verdict.FORGED);
        assertThat(new WebhookReceiver("whsec_other", Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5))
                .receive("1796457600", EMPTY_SIGNED, EMPTY)).isEqualTo(Verdict.FORGED);
        assertThat(receiver.receive(null, null, body)).isEqualTo(Verdict.FORGED);
        assertThat(receiver.register()).isEmpty();
    }

    @Test
    void a_delivery_signed_long_ago_is_a_replay_and_refused() {
        WebhookReceiver later = new WebhookReceiver(SECRET, Clock.fixed(NOW.plus(Duration.ofMinutes(6)), ZoneOffset.UTC), Duration.ofMinutes(5));

        assertThat(later.receive("1796457600", EMPTY_SIGNED, EMPTY)).isEqualTo(Verdict.STALE);
    }

    @Test
    void the_register_keeps_the_latest_version_per_item_and_forgets_a_withdrawn_one_even_when_a_delivery_comes_twice() {
        String first = changes(3, change(1, "proposal", "p1", 1, false), change(2, "proposal", "p2", 1, false), change(3, "proposal", "p1", 2, false));
        String second = changes(5, change(4, "proposal", "p2", 2, true), change(5, "social-report", "r1", 1, false));

        for (String body : new String[] {first, first, second}) {
            assertThat(receiver.receive("1796457600", sign(body), body)).isEqualTo(Verdict.ACCEPTED);
        }

        assertThat(receiver.register()).isEqualTo(Map.of("proposal/p1", 2L, "social-report/r1", 1L));
        assertThat(receiver.lastSequence()).isEqualTo(5);
    }

    @Test
    void after_a_rewind_an_earlier_version_redelivered_neither_replaces_a_later_one_nor_brings_a_withdrawn_item_back() {
        String current = changes(6, change(5, "proposal", "p1", 4, false), change(6, "proposal", "p2", 3, true));
        String replayed = changes(2, change(1, "proposal", "p1", 1, false), change(2, "proposal", "p2", 1, false));

        for (String body : new String[] {current, replayed}) {
            assertThat(receiver.receive("1796457600", sign(body), body)).isEqualTo(Verdict.ACCEPTED);
        }

        assertThat(receiver.register()).isEqualTo(Map.of("proposal/p1", 4L));
        assertThat(receiver.lastSequence()).isEqualTo(6);
    }

    @Test
    void over_http_a_signed_delivery_gets_204_and_a_forged_one_401() throws Exception {
        WebhookReceiver live = new WebhookReceiver(SECRET, Clock.systemUTC(), Duration.ofMinutes(5));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/changes", live.handler());
        server.start();
        try {
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/changes");
            String body = changes(1, change(1, "proposal", "p1", 1, false));
            String timestamp = Long.toString(Instant.now().getEpochSecond());
            HttpClient http = HttpClient.newHttpClient();

            int signed = http.send(post(uri, body, timestamp, sign(timestamp, body)), HttpResponse.BodyHandlers.discarding()).statusCode();
            int forged = http.send(post(uri, body, timestamp, EMPTY_SIGNED), HttpResponse.BodyHandlers.discarding()).statusCode();

            assertThat(signed).isEqualTo(204);
            assertThat(forged).isEqualTo(401);
            assertThat(live.register()).containsOnlyKeys("proposal/p1");
        } finally {
            server.stop(0);
        }
    }

    private static HttpRequest post(URI uri, String body, String timestamp, String signature) {
        return HttpRequest.newBuilder(uri).header("X-Xieshang-Timestamp", timestamp).header("X-Xieshang-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String sign(String body) {
        return sign("1796457600", body);
    }

    /** Signs as Xieshang does, written apart from the receiver's check. */
    private static String sign(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            StringBuilder hex = new StringBuilder("sha256=");
            for (byte b : mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8))) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String changes(long last, String... changes) {
        return "{\"changes\":[" + String.join(",", changes) + "],\"last\":" + last + "}";
    }

    private static String change(long sequence, String type, String id, long version, boolean removed) {
        return "{\"sequence\":" + sequence + ",\"committeeId\":\"c\",\"type\":\"" + type + "\",\"id\":\"" + id + "\",\"version\":" + version
                + ",\"removed\":" + removed + ",\"changedAt\":\"2026-12-05T01:00:00Z\"" + (removed ? "" : ",\"item\":{}") + "}";
    }
}
