package org.xieshang.app.interfaces.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.xieshang.domain.member.PhoneNumber;
import org.xieshang.domain.shared.DomainException;

/** Reads a phone number as the domain does. Blank is none. */
@FacesConverter("phoneNumber")
public class PhoneNumberConverter implements Converter<PhoneNumber> {

    @Override
    public PhoneNumber getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PhoneNumber.parse(value, component.getId());
        } catch (DomainException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.error(e), null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, PhoneNumber value) {
        return value == null ? "" : value.value();
    }
}
