package org.xieshang.app.interfaces.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Clock;
import org.xieshang.app.application.security.AuthenticationService;
import org.xieshang.domain.security.SignInResult;

/** The sign-in form: login name and password, then the one-time code where the account has a second factor. */
@Named
@ViewScoped
public class LoginView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuthenticationService authentication;

    @Inject
    transient Clock clock;

    private String username;
    private String password;
    private String code;
    private String next;
    private boolean expired;
    private boolean codeNeeded;

    /** Explains why the user is here again after a session ended. */
    public void load() {
        if (expired && !FacesContext.getCurrentInstance().isPostback()) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Texts.text("login.expired"), null));
        }
    }

    /** @return the next page when signed in, or null to stay with a message */
    public String signIn() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        SignInResult result = authentication.signIn(username, password == null ? new char[0] : password.toCharArray(), code, request.getRemoteAddr());
        if (result instanceof SignInResult.SignedIn signedIn) {
            return SignedInSession.start(signedIn.account().username(), signedIn.pendingSteps(), clock.instant(), authentication.policy(), next);
        }
        SignInResult.Refused refused = (SignInResult.Refused) result;
        if (refused.reason() == SignInResult.Reason.SECOND_FACTOR_REQUIRED) {
            codeNeeded = true;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.label(refused.reason()), null));
            return null;
        }
        String text = refused.lockedUntil().map(until -> Texts.text("login.locked-until", Texts.time(until))).orElse(Texts.label(refused.reason()));
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        password = null;
        code = null;
        return null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isExpired() {
        return expired;
    }

    public void setExpired(boolean expired) {
        this.expired = expired;
    }

    public boolean isCodeNeeded() {
        return codeNeeded;
    }
}
