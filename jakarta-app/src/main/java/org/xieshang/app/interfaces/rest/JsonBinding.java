package org.xieshang.app.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON binding of the API: a request naming a field the endpoint does not take (such as {@code id},
 * {@code status} or {@code committeeId}, which the server owns) is refused rather than silently ignored, so
 * that no client can believe it set them (no mass assignment).
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
