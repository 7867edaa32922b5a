package org.xieshang.app.infrastructure.files;

import java.util.Objects;

/**
 * A stored file as callers see it. Immutable and thread-safe.
 *
 * @param id        the attachment's identifier, a UUID as text; not null
 * @param fileName  the sanitised name, with an extension of its type; not null
 * @param mediaType the media type detected from the content, such as {@code application/pdf}; not null
 * @param sizeBytes the content's length in bytes, at least 1
 * @param sha256    the content's SHA-256 in lower-case hex, 64 characters; not null
 */
public record StoredAttachment(String id, String fileName, String mediaType, long sizeBytes, String sha256) {

    /** Rejects nulls. */
    public StoredAttachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
    }
}
