package org.xieshang.app.interfaces.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.xieshang.domain.shared.DomainException;

/**
 * Shows the domain's verdict on a form: beside the field it names when the form has that field (the form's
 * input ids are the domain's field names), at the top of the page otherwise.
 */
final class FormErrors {

    private FormErrors() {
    }

    static void show(String formId, DomainException e) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent field = e.field().map(name -> context.getViewRoot().findComponent(formId + ":" + name)).orElse(null);
        if (field instanceof UIInput input) {
            input.setValid(false);
        }
        context.addMessage(field == null ? null : field.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.error(e), null));
        context.validationFailed();
    }

    /** Shows the error at the top of the page, for inputs that repeat per row. */
    static void showOnTop(DomainException e) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.error(e), null));
        context.validationFailed();
    }

    /** Refuses what the screen itself can judge (nothing chosen, too much chosen) at the top of the page; nothing was changed. */
    static void refuse(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text(key, arguments), null));
        context.validationFailed();
    }

    /** Confirms a change on the same page. */
    static void confirm(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.text(key, arguments), null));
    }

    /** Keeps a confirmation for the page the user is redirected to. */
    static void confirmAfterRedirect(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        confirm(key, arguments);
    }
}
