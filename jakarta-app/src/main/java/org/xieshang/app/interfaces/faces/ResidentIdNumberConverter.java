package org.xieshang.app.interfaces.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.xieshang.domain.member.ResidentIdNumber;
import org.xieshang.domain.shared.DomainException;

/** Reads a resident ID number (公民身份号码) as the domain does, so a wrong check digit shows beside the field. Blank is none. */
@FacesConverter("residentIdNumber")
public class ResidentIdNumberConverter implements Converter<ResidentIdNumber> {

    @Override
    public ResidentIdNumber getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ResidentIdNumber.parse(value);
        } catch (DomainException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.error(e), null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ResidentIdNumber value) {
        return value == null ? "" : value.value();
    }
}
