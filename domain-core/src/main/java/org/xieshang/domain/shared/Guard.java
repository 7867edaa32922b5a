package org.xieshang.domain.shared;

import java.util.Objects;

/**
 * Argument checks that turn bad input into {@link DomainException}s naming the field, so that a user
 * sees "姓名不能为空" beside the name field rather than a {@code NullPointerException}.
 */
public final class Guard {

    private Guard() {
    }

    /**
     * @param value the value, may be null
     * @param field the field name, not null
     * @param <T>   the value's type
     * @return the value, never null
     * @throws DomainException {@code field.required} if the value is null
     */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new DomainException("field.required", field, field);
        }
        return value;
    }

    /**
     * @param value     the text, may be null
     * @param field     the field name, not null
     * @param maxLength the longest allowed length in characters
     * @return the text, stripped of surrounding white space, never null or blank
     * @throws DomainException {@code field.required} if blank, {@code field.too-long} if too long
     */
    public static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new DomainException("field.required", field, field);
        }
        return maxLength(value.strip(), field, maxLength);
    }

    /**
     * @param value     the text, may be null
     * @param field     the field name, not null
     * @param maxLength the longest allowed length in characters
     * @return the stripped text, or null if the value was null or blank
     * @throws DomainException {@code field.too-long} if too long
     */
    public static String optionalText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return maxLength(value.strip(), field, maxLength);
    }

    /**
     * @param condition the rule that must hold
     * @param code      message code if it does not, not null
     * @param field     the field at fault, or null
     * @param arguments message arguments
     * @throws DomainException if the condition is false
     */
    public static void check(boolean condition, String code, String field, Object... arguments) {
        if (!condition) {
            throw new DomainException(code, field, arguments);
        }
    }

    private static String maxLength(String value, String field, int maxLength) {
        Objects.requireNonNull(field, "field");
        if (value.length() > maxLength) {
            throw new DomainException("field.too-long", field, field, maxLength);
        }
        return value;
    }
}
