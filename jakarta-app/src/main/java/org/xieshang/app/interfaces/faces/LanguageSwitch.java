package org.xieshang.app.interfaces.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The screens' language for this session: Chinese unless the user switches to English. */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    /**
     * @param languageTag {@code en} for English, anything else for Chinese
     * @return the current page again, with its parameters, so that it renders in the new language
     */
    public String switchTo(String languageTag) {
        locale = "en".equals(languageTag) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
