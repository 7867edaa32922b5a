package org.xieshang.app.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xieshang.domain.security.SecurityPolicy;

/**
 * Session settings from configuration: the idle timeout of the security policy, and whether the session
 * cookie is marked Secure (on by default; off only for plain-HTTP trials on another host than localhost).
 * HttpOnly and SameSite=Strict are set in web.xml.
 */
@WebListener
public class SessionSettings implements ServletContextListener {

    @Inject
    SecurityPolicy policy;

    @Inject
    @ConfigProperty(name = "xieshang.security.secure-cookies", defaultValue = "true")
    boolean secureCookies;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        // Whole minutes here, for sessions before sign-in; sign-in sets the exact idle timeout on its session.
        long minutes = Math.max(1, (policy.sessions().idleTimeout().toSeconds() + 59) / 60);
        event.getServletContext().setSessionTimeout((int) minutes);
        event.getServletContext().getSessionCookieConfig().setSecure(secureCookies);
    }
}
