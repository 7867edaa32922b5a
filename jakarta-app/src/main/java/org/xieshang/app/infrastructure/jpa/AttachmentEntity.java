package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * A stored file (table {@code attachment}) with its content in {@code attachment_chunk}.
 *
 * <p>Unlike the aggregates' entities it has no mapper: an attachment is written once and never changed, so
 * {@link #of} builds it complete and the accessors read it, for the attachment store in another package.
 *
 * <p>The content is Base64 text in chunks because Derby and PostgreSQL share no binary column type (see
 * migration 7); the chunks are loaded only when the content is read.
 */
@Entity
@Table(name = "attachment")
public class AttachmentEntity {

    /** Bytes per chunk: a multiple of 3, so every chunk but the last encodes without padding, in 32 000 characters. */
    static final int CHUNK_BYTES = 24_000;

    @Id
    @Column(length = 36)
    String id;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(name = "file_name", nullable = false, length = 100)
    String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    String mediaType;

    @Column(name = "size_bytes", nullable = false)
    long sizeBytes;

    @Column(nullable = false, length = 64)
    String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    String uploadedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "uploaded_at", nullable = false)
    Instant uploadedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "attachment_chunk", joinColumns = @JoinColumn(name = "attachment_id"))
    @OrderColumn(name = "chunk_no")
    @Column(name = "content_base64", nullable = false, length = 32_000)
    List<String> chunks = new ArrayList<>();

    /**
     * @param id          the attachment's UUID as text, not null
     * @param committeeId the owning committee's UUID as text, not null
     * @param fileName    the sanitised file name, at most 100 characters, not null
     * @param mediaType   the detected media type, not null
     * @param content     the file's bytes, not null; not kept by reference
     * @param sha256      the content's SHA-256 in lower-case hex, not null
     * @param uploadedBy  who uploaded it, not null
     * @param uploadedAt  when, not null
     * @return a new, unsaved entity holding the content in chunks; never null
     */
    public static AttachmentEntity of(String id, String committeeId, String fileName, String mediaType, byte[] content,
                                      String sha256, String uploadedBy, Instant uploadedAt) {
        AttachmentEntity entity = new AttachmentEntity();
        entity.id = Objects.requireNonNull(id, "id");
        entity.committeeId = Objects.requireNonNull(committeeId, "committeeId");
        entity.fileName = Objects.requireNonNull(fileName, "fileName");
        entity.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        entity.sizeBytes = content.length;
        entity.sha256 = Objects.requireNonNull(sha256, "sha256");
        entity.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        entity.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
        Base64.Encoder encoder = Base64.getEncoder();
        for (int start = 0; start < content.length; start += CHUNK_BYTES) {
            int end = Math.min(content.length, start + CHUNK_BYTES);
            entity.chunks.add(encoder.encodeToString(Arrays.copyOfRange(content, start, end)));
        }
        return entity;
    }

    /** @return the attachment's UUID as text, never null */
    public String id() {
        return id;
    }

    /** @return the owning committee's UUID as text, never null */
    public String committeeId() {
        return committeeId;
    }

    /** @return the sanitised file name, never null */
    public String fileName() {
        return fileName;
    }

    /** @return the detected media type, never null */
    public String mediaType() {
        return mediaType;
    }

    /** @return the content's length in bytes */
    public long sizeBytes() {
        return sizeBytes;
    }

    /** @return the SHA-256 recorded when the file was stored, lower-case hex, never null */
    public String sha256() {
        return sha256;
    }

    /** @return who uploaded the file, never null */
    public String uploadedBy() {
        return uploadedBy;
    }

    /** @return when the file was uploaded, never null */
    public Instant uploadedAt() {
        return uploadedAt;
    }

    /**
     * Loads and decodes the chunks. The caller checks the result against {@link #sha256()}.
     *
     * @return the content as stored, a new array; never null
     * @throws IllegalStateException if the chunks do not add up to {@link #sizeBytes()}
     */
    public byte[] content() {
        byte[] content = new byte[Math.toIntExact(sizeBytes)];
        Base64.Decoder decoder = Base64.getDecoder();
        int position = 0;
        for (String chunk : chunks) {
            byte[] bytes = decoder.decode(chunk);
            if (position + bytes.length > content.length) {
                throw new IllegalStateException("attachment " + id + " has more content than its recorded size");
            }
            System.arraycopy(bytes, 0, content, position, bytes.length);
            position += bytes.length;
        }
        if (position != content.length) {
            throw new IllegalStateException("attachment " + id + " has less content than its recorded size");
        }
        return content;
    }
}
