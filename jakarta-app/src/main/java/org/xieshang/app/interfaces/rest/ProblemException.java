package org.xieshang.app.interfaces.rest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A request the API refuses before it reaches the domain: a missing {@code If-Match}, an oversized page,
 * a malformed parameter. Rendered as problem details by {@link ProblemMapper}.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String field;
    private final transient List<Object> arguments;
    private Duration retryAfter;

    /**
     * @param status    HTTP status
     * @param code      message code in the API's message bundle
     * @param field     the parameter at fault, or null
     * @param arguments message arguments
     */
    public ProblemException(int status, String code, String field, Object... arguments) {
        super(code);
        this.status = status;
        this.code = code;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    /**
     * @param wait how long the client should wait before trying again, for a 429 or 503
     * @return this problem, telling it
     */
    ProblemException retryAfter(Duration wait) {
        this.retryAfter = wait;
        return this;
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String field() {
        return field;
    }

    List<Object> arguments() {
        return arguments;
    }
}
