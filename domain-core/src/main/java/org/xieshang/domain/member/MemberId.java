package org.xieshang.domain.member;

import java.util.Objects;
import java.util.UUID;
import org.xieshang.domain.shared.Ids;

/**
 * Identifies a member. Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record MemberId(UUID value) {

    /** Rejects null. */
    public MemberId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier, never null */
    public static MemberId generate() {
        return new MemberId(UUID.randomUUID());
    }

    /**
     * @param text a UUID as text
     * @return the identifier, never null
     * @throws org.xieshang.domain.shared.DomainException if the text is not a UUID
     */
    public static MemberId parse(String text) {
        return new MemberId(Ids.parse(text, "memberId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
