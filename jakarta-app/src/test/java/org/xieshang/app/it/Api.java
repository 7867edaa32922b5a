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

/** A small JSON client for the API under test: plain HTTP, as an integrator would call it. */
final class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    Api(URL deployment) {
        this.base = URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/");
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
        return HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
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
