package org.xieshang.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.xieshang.domain.security.Totp;
import org.xieshang.domain.security.TotpSecret;

/** A small JSON client for the API under test: plain HTTP, as an integrator would call it. */
final class Api {

    /** The password of the documented demo accounts. */
    static final String DEMO_PASSWORD = "Demo#2026";
    /** The TOTP key of the demo administrators. */
    static final String DEMO_ADMIN_KEY = "XIESHANGDEMOTOTPSECRET23";

    /** Tokens by deployment and account, so that a test class signs each account in once (tokens last 15 minutes). */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final String token;

    /** A client that is not signed in. */
    Api(URL deployment) {
        this(URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/"), null);
    }

    private Api(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /**
     * @param username a demo account; administrators also send their current TOTP code
     * @return a client sending that account's bearer token
     */
    Api as(String username) {
        return new Api(base, TOKENS.computeIfAbsent(base + " " + username, key -> newToken(username)));
    }

    private String newToken(String username) {
        boolean admin = username.contains("admin");
        Reply reply = tokenFor(username, DEMO_PASSWORD, admin ? currentCode(DEMO_ADMIN_KEY) : null);
        if (admin && reply.status() == 401) { // this 30-second step's code was used already: take the next one
            sleepUntilNextStep();
            reply = tokenFor(username, DEMO_PASSWORD, currentCode(DEMO_ADMIN_KEY));
        }
        if (reply.status() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + reply.body());
        }
        return reply.json().getString("access_token");
    }

    static void sleepUntilNextStep() {
        try {
            Thread.sleep(30_000 - Instant.now().toEpochMilli() % 30_000 + 200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return the token endpoint's answer for these credentials */
    Reply tokenFor(String username, String password, String code) {
        String json = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"" + (code == null ? "" : ",\"code\":\"" + code + "\"")
                + "}";
        return new Api(base, null).post("api/v1/tokens", json);
    }

    /** @return the TOTP code of the key at this moment */
    static String currentCode(String base32Key) {
        Totp totp = new Totp();
        return totp.code(TotpSecret.ofBase32(base32Key), totp.stepAt(Instant.now()));
    }

    /** @return a member update as JSON: the member's details as read, with another work unit */
    static String profileJson(JsonObject member, String workUnit) {
        return "{\"name\":\"" + member.getString("name") + "\",\"gender\":\"" + member.getString("gender") + "\",\"ethnicity\":\""
                + member.getString("ethnicity") + "\",\"dateOfBirth\":\"" + member.getString("dateOfBirth") + "\",\"party\":\""
                + member.getString("party") + "\",\"workUnit\":\"" + workUnit + "\"}";
    }

    /** @return the id of the demo data's city committee */
    String cityCommitteeId() {
        return get("api/v1/committees").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(c -> "CITY".equals(c.getString("level"))).findFirst().orElseThrow().getString("id");
    }

    /** @return the whole change feed this account reads, from {@code since=0}, page by page */
    List<JsonObject> changes() {
        return changes("api/v1/changes");
    }

    /** @return every entry of the feed at that path (such as a handling unit's own), read from {@code since=0} to its end */
    List<JsonObject> changes(String feed) {
        List<JsonObject> changes = new ArrayList<>();
        long since = 0;
        while (true) {
            JsonObject page = get(feed + "?since=" + since + "&limit=1000").json();
            page.getJsonArray("changes").stream().map(JsonValue::asJsonObject).forEach(changes::add);
            long last = page.getJsonNumber("last").longValue();
            if (last == since) {
                return changes;
            }
            since = last;
        }
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply post(String path, String json, String ifMatch) {
        return send(request(path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json, String ifMatch) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json");
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder.PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    /** @return the raw bytes of a download, such as a workbook */
    HttpResponse<byte[]> download(String path) {
        try {
            return http.send(request(path).setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply delete(String path, String ifMatch) {
        return send(request(path).header("If-Match", ifMatch).DELETE());
    }

    /** A response with its body parsed on demand. */
    record Reply(HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String body() {
            return response.body();
        }

        JsonObject json() {
            return (JsonObject) structure();
        }

        JsonStructure structure() {
            return Json.createReader(new StringReader(response.body())).read();
        }
    }
}
