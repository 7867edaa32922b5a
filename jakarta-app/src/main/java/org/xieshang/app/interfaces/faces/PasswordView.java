package org.xieshang.app.interfaces.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;
import org.xieshang.app.application.security.AuthenticationService;
import org.xieshang.domain.security.PasswordPolicy;
import org.xieshang.domain.security.PendingStep;
import org.xieshang.domain.shared.DomainException;

/** Changing one's own password: after a one-time password, when it has expired, or at will. */
@Named
@ViewScoped
public class PasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuthenticationService authentication;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    /** @return the rules in words, such as "at least 8 characters of 3 kinds", never null */
    public String getRules() {
        PasswordPolicy policy = authentication.policy().passwords();
        return Texts.text("password.rules", policy.minLength(), policy.minCharacterClasses(), policy.historySize(),
                policy.maxAge().map(age -> age.toDays()).orElse(0L));
    }

    /** @return the next page, or null to stay with the errors beside the fields */
    public String change() {
        if (!Objects.equals(newPassword, confirmation)) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.addMessage("passwordForm:confirmation", new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text("password.mismatch"), null));
            context.validationFailed();
            return null;
        }
        try {
            authentication.changePassword(chars(currentPassword), chars(newPassword));
        } catch (DomainException e) {
            FormErrors.show("passwordForm", e);
            return null;
        }
        FormErrors.confirmAfterRedirect("password.changed");
        return SignedInSession.done(PendingStep.CHANGE_PASSWORD);
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
