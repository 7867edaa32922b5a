package org.xieshang.domain.shared;

import java.util.UUID;

/** Parses identifiers given as text, with a clear error for malformed ones. */
public final class Ids {

    private Ids() {
    }

    /**
     * @param text  the identifier as text, may be null
     * @param field the field it came from, not null
     * @return the UUID, never null
     * @throws DomainException {@code id.malformed} if the text is not a UUID
     */
    public static UUID parse(String text, String field) {
        Guard.required(text, field);
        try {
            UUID uuid = UUID.fromString(text.strip());
            if (!uuid.toString().equalsIgnoreCase(text.strip())) {
                throw new IllegalArgumentException(text);
            }
            return uuid;
        } catch (IllegalArgumentException e) {
            throw new DomainException("id.malformed", field, text);
        }
    }
}
