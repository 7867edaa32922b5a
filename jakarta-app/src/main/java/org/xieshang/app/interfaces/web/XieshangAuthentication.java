package org.xieshang.app.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.xieshang.app.application.security.SessionUser;
import org.xieshang.app.infrastructure.security.JwtTokens;
import org.xieshang.domain.security.PendingStep;
import org.xieshang.domain.security.SecurityPolicy;

/**
 * The application's one authentication mechanism (Jakarta Security): a bearer token for the API, the signed-in
 * session for everything else. Sign-in itself happens on the login page, which puts a {@link SessionUser} in a
 * fresh session; this mechanism enforces the absolute session lifetime, sends users with pending steps
 * (one-time or expired password, missing second factor) to them, and answers unauthenticated requests for
 * protected resources with 401 problem details (API) or a redirect to the login page (screens).
 */
@ApplicationScoped
public class XieshangAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String PASSWORD_PAGE = "/password.xhtml";
    static final String SECOND_FACTOR_PAGE = "/second-factor.xhtml";

    @Inject
    JwtTokens tokens;

    @Inject
    SecurityPolicy policy;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SecurityHeadersFilter.apply(request, response);
        try {
            String authorization = request.getHeader("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                Optional<String> user = tokens.verify(authorization.substring(7).strip());
                if (user.isPresent()) {
                    return context.notifyContainerAboutLogin(user.get(), Set.of());
                }
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                ServletProblems.write(request, response, 401, "auth.token-invalid");
                return AuthenticationStatus.SEND_FAILURE;
            }
            HttpSession session = request.getSession(false);
            SessionUser user = session == null ? null : (SessionUser) session.getAttribute(SessionUser.ATTRIBUTE);
            boolean expired = false;
            if (user != null && user.expired(clock.instant(), policy.sessions().absoluteLifetime())) {
                session.invalidate();
                user = null;
                expired = true;
            }
            if (user != null) {
                if (!user.pending().isEmpty() && context.isProtected() && !isPendingStepPage(request)) {
                    return sendToPendingStep(request, response, context, user);
                }
                return context.notifyContainerAboutLogin(user.username(), Set.of());
            }
            if (!context.isProtected()) {
                return context.doNothing();
            }
            if (ServletProblems.isApi(request)) {
                response.setHeader("WWW-Authenticate", "Bearer");
                ServletProblems.write(request, response, 401, "auth.required");
                return AuthenticationStatus.SEND_FAILURE;
            }
            boolean stale = expired || request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
            return redirect(request, response, LOGIN_PAGE + "?next=" + URLEncoder.encode(next(request), StandardCharsets.UTF_8)
                    + (stale ? "&expired=true" : ""));
        } catch (IOException e) {
            throw new IllegalStateException("cannot answer an unauthenticated request", e);
        }
    }

    private AuthenticationStatus sendToPendingStep(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context,
                                                   SessionUser user) throws IOException {
        if (ServletProblems.isApi(request)) {
            ServletProblems.write(request, response, 403, "auth.pending-steps");
            return AuthenticationStatus.SEND_FAILURE;
        }
        String page = user.pending().contains(PendingStep.CHANGE_PASSWORD) ? PASSWORD_PAGE : SECOND_FACTOR_PAGE;
        context.notifyContainerAboutLogin(user.username(), Set.of());
        redirect(request, response, page);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isPendingStepPage(HttpServletRequest request) {
        String path = request.getServletPath();
        return PASSWORD_PAGE.equals(path) || SECOND_FACTOR_PAGE.equals(path);
    }

    /** A redirect the browser follows, also from a Faces AJAX request (which needs a partial response). */
    private static AuthenticationStatus redirect(HttpServletRequest request, HttpServletResponse response, String page) throws IOException {
        String location = request.getContextPath() + page;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(location);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** The page to return to after signing in: only a local path of this application, and only for GET. */
    private static String next(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "/";
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
