package org.xieshang.app.interfaces.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Set;
import org.xieshang.app.application.security.SessionUser;
import org.xieshang.domain.security.PendingStep;
import org.xieshang.domain.security.SecurityPolicy;

/** Starting, updating and ending the signed-in session from the screens. */
final class SignedInSession {

    private SignedInSession() {
    }

    /**
     * Signs the user in to a session with a new id (against session fixation), with the policy's idle timeout.
     *
     * @return the page to show next
     */
    static String start(String username, Set<PendingStep> pending, Instant now, SecurityPolicy policy, String next) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setMaxInactiveInterval((int) policy.sessions().idleTimeout().toSeconds());
        SessionUser user = new SessionUser(username, now, pending);
        session.setAttribute(SessionUser.ATTRIBUTE, user);
        return nextPage(user, next);
    }

    /** @return the page after a pending step is done */
    static String done(PendingStep step) {
        HttpSession session = session();
        SessionUser user = ((SessionUser) session.getAttribute(SessionUser.ATTRIBUTE)).done(step);
        session.setAttribute(SessionUser.ATTRIBUTE, user);
        return nextPage(user, null);
    }

    /** Ends the session. */
    static void end() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (jakarta.servlet.ServletException e) {
            // the session goes anyway
        }
        external.invalidateSession();
    }

    private static String nextPage(SessionUser user, String next) {
        if (user.pending().contains(PendingStep.CHANGE_PASSWORD)) {
            return "/password.xhtml?faces-redirect=true";
        }
        if (user.pending().contains(PendingStep.ENROL_SECOND_FACTOR)) {
            return "/second-factor.xhtml?faces-redirect=true";
        }
        return isLocalPage(next) ? next + (next.contains("?") ? "&" : "?") + "faces-redirect=true" : "/committees.xhtml?faces-redirect=true";
    }

    /** Only pages of this application, never another site ("//evil", "https://…"). */
    static boolean isLocalPage(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") && next.contains(".xhtml")
                && !next.startsWith("/login.xhtml");
    }

    private static HttpSession session() {
        return (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
    }
}
