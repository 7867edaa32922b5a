package org.xieshang.app.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Remembers the language an API request asked for (Accept-Language; Chinese by default) for the
 * duration of the request, so that Bean Validation speaks it too ({@link RequestLocaleMessageInterpolator}).
 */
@Provider
@PreMatching
public class RequestLocale implements ContainerRequestFilter, ContainerResponseFilter {

    private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

    /** @return the current API request's language, or Chinese outside a request; never null */
    public static Locale current() {
        Locale locale = CURRENT.get();
        return locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
    }

    /**
     * @param candidates the languages a client accepts, most wanted first
     * @return English if it comes first among Chinese and English, else Chinese; never null
     */
    public static Locale choose(Iterable<Locale> candidates) {
        for (Locale locale : candidates) {
            if (ApiMessages.english(locale)) {
                return Locale.ENGLISH;
            }
            if (Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
                return Locale.SIMPLIFIED_CHINESE;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        CURRENT.set(choose(request.getAcceptableLanguages()));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        CURRENT.remove();
    }
}
