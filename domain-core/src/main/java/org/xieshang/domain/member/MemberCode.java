package org.xieshang.domain.member;

import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;

/**
 * A member's code (委员编号), unique within a committee: letters, digits and hyphens, up to 20 characters.
 * Immutable and thread-safe.
 *
 * @param value the code, not null
 */
public record MemberCode(String value) {

    /** Validates the format. */
    public MemberCode {
        if (value == null || !value.matches("[A-Za-z0-9][A-Za-z0-9-]{0,19}")) {
            throw new DomainException("member.code.format", "code");
        }
    }

    /**
     * @param text the code, surrounding white space ignored
     * @return the code, never null
     * @throws DomainException {@code field.required} if blank, {@code member.code.format} if malformed
     */
    public static MemberCode of(String text) {
        return new MemberCode(Guard.text(text, "code", 20));
    }

    @Override
    public String toString() {
        return value;
    }
}
