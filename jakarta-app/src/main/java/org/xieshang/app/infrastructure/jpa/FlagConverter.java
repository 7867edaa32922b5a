package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores flags as SMALLINT 0/1: EclipseLink binds booleans as integers on Derby, which Derby refuses to
 * compare with a BOOLEAN column, and the one schema has to serve Derby and PostgreSQL alike.
 */
@Converter
public class FlagConverter implements AttributeConverter<Boolean, Short> {

    @Override
    public Short convertToDatabaseColumn(Boolean flag) {
        return flag == null ? null : (short) (flag ? 1 : 0);
    }

    @Override
    public Boolean convertToEntityAttribute(Short value) {
        return value == null ? null : value != 0;
    }
}
