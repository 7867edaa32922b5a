package org.xieshang.app.interfaces.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.xieshang.app.application.security.AuthenticationService;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.domain.security.PendingStep;
import org.xieshang.domain.security.TotpSecret;
import org.xieshang.domain.shared.DomainException;

/** Setting up a TOTP second factor: a new secret to add to an authenticator app, confirmed by a code from it. */
@Named
@ViewScoped
public class SecondFactorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuthenticationService authentication;

    @Inject
    transient CurrentUser user;

    private final String secret = TotpSecret.generate().base32();
    private String code;
    private String currentPassword;

    /** @return whether the account has a second factor already, which only the password lets the user replace */
    public boolean isReplacing() {
        return user.account().map(a -> a.secondFactor().isPresent()).orElse(false);
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    /** @return the secret in base 32, to type into the app; never null */
    public String getSecret() {
        return secret.replaceAll("(.{4})", "$1 ").strip();
    }

    /** @return the otpauth address the app can read (as a QR code or pasted), never null */
    public String getAddress() {
        return TotpSecret.ofBase32(secret).otpauthUri(Texts.text("app.name"), user.subject().username());
    }

    /** @return the next page, or null to stay with the error beside the code */
    public String enrol() {
        try {
            authentication.enrolSecondFactor(currentPassword == null ? null : currentPassword.toCharArray(), TotpSecret.ofBase32(secret), code);
        } catch (DomainException e) {
            FormErrors.show("secondFactorForm", e);
            return null;
        }
        FormErrors.confirmAfterRedirect("second-factor.enrolled");
        return SignedInSession.done(PendingStep.ENROL_SECOND_FACTOR);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
