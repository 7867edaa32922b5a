package org.xieshang.app.infrastructure.files;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;

/** A stored file with its content, checked against its SHA-256 when read. Immutable and thread-safe. */
public final class AttachmentContent {

    private final StoredAttachment attachment;
    private final byte[] bytes;

    /** Takes the array without copying: only the store makes these, from an array it no longer touches. */
    AttachmentContent(StoredAttachment attachment, byte[] bytes) {
        this.attachment = Objects.requireNonNull(attachment, "attachment");
        this.bytes = Objects.requireNonNull(bytes, "bytes");
    }

    /** @return the file's metadata, never null */
    public StoredAttachment attachment() {
        return attachment;
    }

    /** @return a copy of the content, never null */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** @return a stream over the content, without copying it (for a download response); never null */
    public InputStream stream() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public String toString() {
        return "AttachmentContent[" + attachment + "]";
    }
}
