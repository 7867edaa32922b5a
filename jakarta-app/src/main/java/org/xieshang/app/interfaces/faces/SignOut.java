package org.xieshang.app.interfaces.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.xieshang.app.application.security.AuthenticationService;
import org.xieshang.app.application.security.CurrentUser;

/** The header's sign-out button (a POST, so that no link can sign anyone out) and who is signed in. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    AuthenticationService authentication;

    @Inject
    CurrentUser user;

    /** @return the login page */
    public String signOut() {
        authentication.signedOut();
        SignedInSession.end();
        return "/login.xhtml?faces-redirect=true";
    }

    /** @return the signed-in user's name as shown in the header, empty if none */
    public String getDisplayName() {
        return user.account().map(a -> a.displayName() + "（" + a.username() + "）").orElse("");
    }
}
