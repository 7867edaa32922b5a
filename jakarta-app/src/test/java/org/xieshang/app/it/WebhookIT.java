package org.xieshang.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signed webhooks against the shipped WAR, with a department's system played by an HTTP server in this test: the
 * proposal office registers one (a bad address refused, nothing written); the deliveries come signed, in feed order,
 * a refused one again with the same entries; what the receiver acknowledged reproduces the committee's feed read from
 * {@code since=0}; a rewind delivers from the start again, a stale one is refused; a deleted webhook is gone.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @ArquillianResource
    private URL base;

    private HttpServer receiver;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusalsLeft = new AtomicInteger();

    /** One request the receiver got, and what it answered. */
    record Delivery(String signature, long timestamp, String body, int answered) {

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        long first() {
            return json().getJsonArray("changes").getJsonObject(0).getJsonNumber("sequence").longValue();
        }
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application(Map.of("xieshang.webhooks.interval-seconds", "1", "xieshang.webhooks.allow-local-targets", "true"));
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = refusalsLeft.getAndDecrement() > 0 ? 503 : 204;
            deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("X-Xieshang-Signature"),
                    Long.parseLong(exchange.getRequestHeaders().getFirst("X-Xieshang-Timestamp")), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void a_departments_system_receives_the_committees_changes_signed_in_order_and_again_after_a_refusal_and_a_rewind() throws Exception {
        Api office = new Api(base).as("proposal.demo");
        String city = office.cityCommitteeId();
        String webhooks = "api/v1/committees/" + city + "/webhooks";

        Api.Reply refused = office.post(webhooks, "{\"url\":\"ftp://dept.example/changes\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("url");
        assertThat(office.get(webhooks).structure().asJsonArray()).isEmpty();

        refusalsLeft.set(1);
        Api.Reply registered = office.post(webhooks, "{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort()
                + "/hook\",\"description\":\"教育局办公系统\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().getString("id");
        String secret = registered.json().getString("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(registered.header("Location")).endsWith("/webhooks/" + id);
        assertThat(office.get("api/v1/webhooks/" + id).json().containsKey("secret")).as("the secret is shown once").isFalse();

        String proposal = ProposalFixtures.submitted(office, "关于推送测试的提案" + System.nanoTime() % 100_000);
        waitUntil(() -> acknowledged().stream().anyMatch(d -> d.body().contains(proposal)));

        for (Delivery d : deliveries) {
            assertThat(d.signature()).as("signed with the secret over timestamp and body").isEqualTo(sign(secret, d.timestamp(), d.body()));
            assertThat(Math.abs(Instant.now().getEpochSecond() - d.timestamp())).isLessThan(300);
        }
        assertThat(deliveries.get(0).answered()).isEqualTo(503);
        assertThat(deliveries.get(1).body()).as("a refused batch comes again as it was").isEqualTo(deliveries.get(0).body());
        assertThat(acknowledged()).extracting(Delivery::first).isSorted();
        assertThat(latestPerItem(acknowledged())).as("what the receiver acknowledged is the committee's feed")
                .isEqualTo(latestPerItem(feed(office, city)));
        JsonObject state = office.get("api/v1/webhooks/" + id).json();
        assertThat(state.getJsonNumber("deliveredSequence").longValue()).isEqualTo(lastSequence(acknowledged()));
        assertThat(state.getInt("failures")).isZero();

        int before = deliveries.size();
        String etag = office.get("api/v1/webhooks/" + id).header("ETag");
        Api.Reply rewound = office.post("api/v1/webhooks/" + id + "/rewind", "{\"since\":0}", etag);
        assertThat(rewound.status()).as(rewound.body()).isEqualTo(200);
        assertThat(office.post("api/v1/webhooks/" + id + "/rewind", "{\"since\":0}", etag).status()).as("a stale rewind").isEqualTo(412);
        waitUntil(() -> deliveries.size() > before);
        assertThat(deliveries.get(before).first()).isEqualTo(deliveries.get(0).first());

        Api.Reply deleted = office.delete("api/v1/webhooks/" + id, office.get("api/v1/webhooks/" + id).header("ETag"));
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(office.get("api/v1/webhooks/" + id).status()).isEqualTo(404);
        assertThat(office.get(webhooks).structure().asJsonArray()).isEmpty();
    }

    private List<Delivery> acknowledged() {
        return deliveries.stream().filter(d -> d.answered() == 204).toList();
    }

    private static long lastSequence(List<Delivery> acknowledged) {
        return acknowledged.get(acknowledged.size() - 1).json().getJsonNumber("last").longValue();
    }

    /** @return every change of the committee from the feed's start, as {@code GET /changes} gives it page by page */
    private static List<JsonObject> feed(Api office, String committeeId) {
        return office.changes().stream().filter(c -> c.getString("committeeId").equals(committeeId)).toList();
    }

    private static Map<String, String> latestPerItem(Iterable<JsonObject> changes) {
        Map<String, String> latest = new HashMap<>();
        for (JsonObject c : changes) {
            latest.put(c.getString("type") + "/" + c.getString("id"), c.getJsonNumber("version") + (c.getBoolean("removed") ? " removed" : ""));
        }
        return latest;
    }

    private static Map<String, String> latestPerItem(List<Delivery> acknowledged) {
        return latestPerItem(acknowledged.stream().flatMap(d -> d.json().getJsonArray("changes").stream().map(JsonValue::asJsonObject)).toList());
    }

    /** The receiver's side of the signature, written apart from the application's. */
    private static String sign(String secret, long timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        StringBuilder hex = new StringBuilder("sha256=");
        for (byte b : mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8))) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("still waiting for deliveries").isBefore(deadline);
            Thread.sleep(250);
        }
    }
}
