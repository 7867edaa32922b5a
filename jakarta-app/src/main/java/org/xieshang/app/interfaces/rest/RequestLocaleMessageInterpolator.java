package org.xieshang.app.interfaces.rest;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Bean Validation messages in the API request's language (configured in {@code META-INF/validation.xml}).
 * Faces passes its view's locale explicitly and is served by the second method.
 */
public class RequestLocaleMessageInterpolator implements MessageInterpolator {

    private final MessageInterpolator delegate = new ResourceBundleMessageInterpolator();

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return delegate.interpolate(messageTemplate, context, RequestLocale.current());
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        return delegate.interpolate(messageTemplate, context, locale);
    }
}
