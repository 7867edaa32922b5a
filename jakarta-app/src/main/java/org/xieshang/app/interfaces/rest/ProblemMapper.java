package org.xieshang.app.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xieshang.app.application.security.AccessDeniedException;
import org.xieshang.app.application.security.NotSignedInException;
import org.xieshang.app.application.security.SignInRefusedException;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.NotFoundException;

/**
 * Turns every error into RFC 9457 problem details ({@code application/problem+json}) in the caller's
 * language, with the field at fault where there is one, and never with a stack trace: unexpected errors
 * are logged under an incident id that the response carries instead.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    /** Yasson's message for a property the target class does not have. */
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Json property (\\S+) can not be mapped");

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable error) {
        return render(error, headers, uriInfo);
    }

    /**
     * @param error   what went wrong, not null
     * @param headers the request's headers, for its language; may be null
     * @param uriInfo the request's address, for the {@code instance}; may be null
     * @return the problem details response, never null
     */
    static Response render(Throwable error, HttpHeaders headers, UriInfo uriInfo) {
        return new Rendering(headers, uriInfo).render(error);
    }

    /** One response being rendered: the request's language and address. */
    private record Rendering(HttpHeaders headers, UriInfo uriInfo) {

        Response render(Throwable error) {
            Locale locale = locale();
            if (error instanceof ProblemException problem) {
                Response response = problem(problem.status(), problem.code(), locale,
                        ApiMessages.text(problem.code(), locale, problem.arguments().toArray()), problem.field());
                return problem.retryAfter().map(wait -> Response.fromResponse(response)
                        .header("Retry-After", Long.toString(Math.max(1, wait.toSeconds()))).build()).orElse(response);
            }
            if (error instanceof ConstraintViolationException violations) {
                return validation(violations, locale);
            }
            if (error instanceof DomainException domain) {
                return problem(statusOf(domain), domain.code(), locale, domain.localizedMessage(locale), domain.field().orElse(null));
            }
            if (isUnreadableBody(error)) {
                String unknown = unknownField(error);
                return unknown == null ? problem(400, "http.400", locale, ApiMessages.text("body.unreadable", locale), null)
                        : problem(400, "body.unknown-field", locale, ApiMessages.text("body.unknown-field", locale, unknown), unknown);
            }
            if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
                int status = web.getResponse().getStatus();
                String code = "http." + status;
                return problem(status, code, locale, ApiMessages.text(code, locale), null);
            }
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "incident " + incident, error);
            return problem(500, "http.500", locale, ApiMessages.text("http.500.detail", locale, incident), null);
        }

        /** @return the field a body named that its endpoint does not take ("Json property status can not be mapped…"), or null */
        private static String unknownField(Throwable error) {
            for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                Matcher unknown = cause instanceof JsonbException && cause.getMessage() != null ? UNKNOWN_PROPERTY.matcher(cause.getMessage()) : null;
                if (unknown != null && unknown.find()) {
                    return unknown.group(1);
                }
            }
            return null;
        }

        /** The body was not JSON of the expected shape (the JSON-B provider's error, wrapped by JAX-RS). */
        private static boolean isUnreadableBody(Throwable error) {
            if (!(error instanceof ProcessingException)) {
                return false;
            }
            for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonbException || cause instanceof JsonException) {
                    return true;
                }
            }
            return false;
        }

        private static int statusOf(DomainException error) {
            if (error instanceof NotSignedInException) {
                return 401;
            }
            if (error instanceof AccessDeniedException) {
                return 403;
            }
            if (error instanceof SignInRefusedException) {
                return error.code().equals("auth.pending-steps") ? 403 : 401;
            }
            if (error instanceof ConcurrentUpdateException) {
                return 412;
            }
            if (error instanceof DuplicateException) {
                return 409;
            }
            if (error instanceof NotFoundException && error.field().isEmpty()) {
                return 404;
            }
            return 422;
        }

        private Response validation(ConstraintViolationException violations, Locale locale) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                errors.add(Json.createObjectBuilder()
                        .add("field", field(violation))
                        .add("message", violation.getMessage()));
            }
            JsonObjectBuilder body = base(400, "validation", locale, ApiMessages.text("validation.detail", locale)).add("errors", errors);
            return Response.status(400).type(PROBLEM_JSON).entity(body.build()).build();
        }

        /** The request field of a violation: the last node of its path ({@code create.request.profile.name} → {@code profile.name}). */
        private static String field(ConstraintViolation<?> violation) {
            String path = violation.getPropertyPath().toString();
            String[] nodes = path.split("\\.");
            // Method validation paths start with the method and parameter names; the rest is the body's field path.
            return nodes.length > 2 ? String.join(".", Arrays.copyOfRange(nodes, 2, nodes.length)) : nodes[nodes.length - 1];
        }

        private Response problem(int status, String code, Locale locale, String detail, String field) {
            JsonObjectBuilder body = base(status, code, locale, detail);
            if (field != null) {
                body.add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder().add("field", field).add("message", detail)));
            }
            return Response.status(status).type(PROBLEM_JSON).entity(body.build()).build();
        }

        private JsonObjectBuilder base(int status, String code, Locale locale, String detail) {
            JsonObjectBuilder body = Json.createObjectBuilder()
                    .add("type", "https://xieshang.org/problems/" + code)
                    .add("title", ApiMessages.text("title." + status, locale))
                    .add("status", status)
                    .add("detail", detail)
                    .add("code", code);
            if (uriInfo != null) {
                body.add("instance", uriInfo.getRequestUri().getRawPath());
            }
            return body;
        }

        private Locale locale() {
            return headers == null ? Locale.SIMPLIFIED_CHINESE : RequestLocale.choose(headers.getAcceptableLanguages());
        }
    }
}
