package org.xieshang.app.interfaces.web;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import org.xieshang.app.interfaces.rest.ApiMessages;
import org.xieshang.app.interfaces.rest.RequestLocale;
import org.xieshang.domain.shared.DomainMessages;

/** Problem details written before a request reaches JAX-RS (authentication, rate limits), in the caller's language. */
final class ServletProblems {

    private ServletProblems() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String code) throws IOException {
        // Without Accept-Language the servlet container offers its own locale; the API answers in Chinese then.
        Locale locale = request.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE
                : RequestLocale.choose(Collections.list(request.getLocales()));
        String body = Json.createObjectBuilder()
                .add("type", "https://xieshang.org/problems/" + code)
                .add("title", ApiMessages.text("title." + status, locale))
                .add("status", status)
                .add("detail", DomainMessages.format(code, locale))
                .add("code", code)
                .add("instance", request.getRequestURI())
                .build().toString();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
