package org.xieshang.app.interfaces.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Ids;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.shared.PageRequest;

/** What every resource needs: ETags from versions, {@code If-Match} checks, paging and enum parameters. */
final class Http {

    /** The largest page the API hands out. */
    static final int MAX_PAGE_SIZE = 100;
    static final int DEFAULT_PAGE_SIZE = 20;

    private Http() {
    }

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    static Response ok(Object body, long version) {
        return Response.ok(body).tag(etag(version)).build();
    }

    static Response created(URI location, Object body, long version) {
        return Response.created(location).entity(body).tag(etag(version)).build();
    }

    /**
     * @param header the {@code If-Match} header, may be null
     * @return the version the client read
     * @throws ProblemException 428 if absent, 400 if it is not one of our ETags
     */
    static long expectedVersion(String header) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(428, "if-match.required", "If-Match");
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw new ProblemException(428, "if-match.malformed", "If-Match");
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            throw new ProblemException(428, "if-match.malformed", "If-Match");
        }
    }

    /**
     * @param page zero-based page, default 0
     * @param size page size, default {@value #DEFAULT_PAGE_SIZE}, at most {@value #MAX_PAGE_SIZE}
     * @return the page request, never null
     * @throws ProblemException 400 for a negative or oversized page
     */
    static PageRequest page(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_PAGE_SIZE : size;
        if (s > MAX_PAGE_SIZE) {
            throw new ProblemException(400, "page.size.too-large", "size", MAX_PAGE_SIZE);
        }
        if (p < 0 || s < 1) {
            throw new ProblemException(400, "page.invalid", p < 0 ? "page" : "size");
        }
        return PageRequest.of(p, s);
    }

    /**
     * @param type  the enum, not null
     * @param value the constant's name, may be null
     * @param field the request field, for the error
     * @param <E>   the enum type
     * @return the constant, or null if the value is null or blank
     * @throws ProblemException 400 naming the allowed values if it is not a constant's name
     */
    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw new ProblemException(400, "enum.invalid", field, value, allowed.stream().collect(Collectors.joining(", ")));
        }
    }

    /**
     * @param body the request body, may be null when the client sent none
     * @param <T>  its type
     * @return the body, never null
     * @throws ProblemException 400 if there is no body
     */
    static <T> T body(T body) {
        if (body == null) {
            throw new ProblemException(400, "body.required", null);
        }
        return body;
    }

    /**
     * Reads an identifier from the request path: a malformed one names nothing, so it is a 404 like an unknown one.
     *
     * @param text   the path segment
     * @param parser the identifier's parser
     * @param what   the kind of resource, such as {@code member}
     * @param <I>    the identifier type
     * @return the identifier, never null
     * @throws NotFoundException if the text is not an identifier
     */
    static <I> I pathId(String text, Function<String, I> parser, String what) {
        try {
            return parser.apply(text);
        } catch (DomainException e) {
            throw new NotFoundException(what, null, text);
        }
    }

    /**
     * @param text  an optional identifier from the request body, may be null or blank
     * @param field the body field, for the error
     * @return the UUID, if given
     * @throws DomainException {@code id.malformed} naming the field
     */
    static Optional<UUID> optionalId(String text, String field) {
        return Optional.ofNullable(text).filter(s -> !s.isBlank()).map(s -> Ids.parse(s, field));
    }

    /**
     * @param text  a required identifier from the request body
     * @param ctor  makes the identifier from the UUID
     * @param field the body field, for the error
     * @param <I>   the identifier type
     * @return the identifier, never null
     * @throws DomainException {@code field.required} or {@code id.malformed} naming the field
     */
    static <I> I bodyId(String text, Function<UUID, I> ctor, String field) {
        return optionalId(text, field).map(ctor).orElseThrow(() -> new DomainException("field.required", field, field));
    }
}
