package org.xieshang.domain.member;

import org.xieshang.domain.shared.DomainException;

/**
 * A mainland Chinese phone number: a mobile number ({@code 13812345678}) or a landline with area code
 * ({@code 0577-61234567}). Immutable and thread-safe; {@link #toString()} is masked.
 */
public final class PhoneNumber {

    private final String value;

    private PhoneNumber(String value) {
        this.value = value;
    }

    /**
     * @param text the number; spaces are ignored
     * @param field the input field it came from, for the error, not null
     * @return the number, never null
     * @throws DomainException {@code phone.format} if it is neither a mobile nor a landline number
     */
    public static PhoneNumber parse(String text, String field) {
        String value = text == null ? "" : text.replace(" ", "").strip();
        if (!value.matches("1[3-9]\\d{9}") && !value.matches("0\\d{2,3}-?\\d{7,8}")) {
            throw new DomainException("phone.format", field);
        }
        return new PhoneNumber(value);
    }

    /** @return the number as given, without spaces; personal data, show {@link #masked()} by default */
    public String value() {
        return value;
    }

    /** @return the number with the middle digits hidden, such as {@code 138****5678} */
    public String masked() {
        int digits = value.length();
        return value.substring(0, 3) + "*".repeat(digits - 7) + value.substring(digits - 4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the masked number */
    @Override
    public String toString() {
        return masked();
    }
}
