package org.xieshang.app.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xieshang.app.infrastructure.security.RateLimiter;

/**
 * Limits sign-in attempts per address (the login form and the token endpoint, signed in or not) and what an
 * address can do without being signed in. Over the limit the answer is 429 with {@code Retry-After}.
 */
@WebFilter(filterName = "anonymousRateLimit", urlPatterns = "/*", asyncSupported = true)
public class AnonymousRateLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "xieshang.security.sign-ins-per-minute", defaultValue = "30")
    int signInsPerMinute;

    @Inject
    @ConfigProperty(name = "xieshang.security.anonymous-requests-per-minute", defaultValue = "300")
    int anonymousPerMinute;

    private transient RateLimiter signIns;
    private transient RateLimiter anonymous;

    @Override
    public void init() {
        signIns = new RateLimiter(signInsPerMinute, Duration.ofMinutes(1), clock);
        anonymous = new RateLimiter(anonymousPerMinute, Duration.ofMinutes(1), clock);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        // Sign-in attempts count whoever sends them: a signed-in user must not be able to try others' passwords freely.
        boolean signIn = isSignIn(request);
        if (signIn || request.getUserPrincipal() == null) {
            Duration wait = (signIn ? signIns : anonymous).acquire(request.getRemoteAddr());
            if (!wait.isZero()) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
                ServletProblems.write(request, response, 429, "rate.limited");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isSignIn(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return "POST".equals(request.getMethod()) && (path.equals(XieshangAuthentication.LOGIN_PAGE) || path.equals("/api/v1/tokens"));
    }
}
