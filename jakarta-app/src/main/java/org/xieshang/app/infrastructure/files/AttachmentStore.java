package org.xieshang.app.infrastructure.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xieshang.app.infrastructure.jpa.AttachmentEntity;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.DomainException;

/**
 * Stores the files that hold the deliverables of consultation steps, and hands them out again to the committee
 * that owns them. A file is refused, with nothing written, when it is empty, larger than the cap, or not one of
 * the accepted {@linkplain FileType types}; its name is {@linkplain FileNames#sanitise sanitised}.
 *
 * <p>Checks no permissions: the callers check the committee's CONSULTATION_READ or CONSULTATION_MANAGE first.
 * Runs in the caller's transaction or its own.
 */
@ApplicationScoped
@Transactional
public class AttachmentStore {

    /** The request field the refusals name: the uploaded file. */
    static final String FIELD = "file";

    private static final long MEBIBYTE = 1024 * 1024;
    /** {@code readNBytes} fills one array: the cap and its one byte more must fit. */
    private static final long LARGEST_CAP = Integer.MAX_VALUE - 16;

    @PersistenceContext(unitName = "xieshang")
    EntityManager em;

    @Inject
    Clock clock;

    /** The cap on an attachment's size; the default is 10 MiB. */
    @Inject
    @ConfigProperty(name = "xieshang.attachments.max-bytes", defaultValue = "10485760")
    long maxBytes;

    /**
     * Reads the content up to one byte past the cap, and no further, then stores it as a new attachment of the
     * committee. Does not close the stream: it belongs to the caller.
     *
     * @param committee    the committee the file belongs to, not null
     * @param originalName the name the client gave, for its extension and to be sanitised; may be null
     * @param content      the file, not null
     * @param uploadedBy   who uploads it (a user name), not blank, at most 100 characters
     * @return the stored attachment, never null
     * @throws DomainException      {@code attachment.empty}, {@code attachment.too-large} (argument: the cap, such as
     *                              "10 MB") or {@code attachment.type-refused}, all for the field {@code file}
     * @throws UncheckedIOException if the stream cannot be read
     */
    public StoredAttachment store(CommitteeId committee, String originalName, InputStream content, String uploadedBy) {
        Objects.requireNonNull(committee, "committee");
        if (uploadedBy == null || uploadedBy.isBlank() || uploadedBy.length() > 100) {
            throw new IllegalArgumentException("uploadedBy must be a name of 1 to 100 characters");
        }
        byte[] bytes = readUpToCap(Objects.requireNonNull(content, "content"));
        String name = FileNames.sanitise(originalName);
        FileType type = FileTypes.detect(bytes, name).orElseThrow(() -> new DomainException("attachment.type-refused", FIELD));
        AttachmentEntity entity = AttachmentEntity.of(UUID.randomUUID().toString(), committee.toString(),
                FileNames.withExtension(name, type), type.mediaType(), bytes, sha256(bytes), uploadedBy, clock.instant());
        em.persist(entity);
        return stored(entity);
    }

    /**
     * @param committee the committee the caller works for, not null
     * @param id        the attachment's identifier; may be anything
     * @return the attachment, or empty if there is none with that identifier or it belongs to another committee
     */
    public Optional<StoredAttachment> find(CommitteeId committee, String id) {
        return entity(committee, id).map(AttachmentStore::stored);
    }

    /**
     * @param committee the committee the caller works for, not null
     * @param id        the attachment's identifier; may be anything
     * @return the attachment with its content, or empty if there is none with that identifier or it belongs to
     *         another committee
     * @throws IllegalStateException if the stored content no longer matches its SHA-256
     */
    public Optional<AttachmentContent> open(CommitteeId committee, String id) {
        return entity(committee, id).map(entity -> {
            byte[] bytes = entity.content();
            if (!sha256(bytes).equals(entity.sha256())) {
                throw new IllegalStateException("attachment " + entity.id() + " is damaged: its content no longer matches its SHA-256");
            }
            return new AttachmentContent(stored(entity), bytes);
        });
    }

    private Optional<AttachmentEntity> entity(CommitteeId committee, String id) {
        Objects.requireNonNull(committee, "committee");
        if (!isUuid(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(AttachmentEntity.class, id))
                .filter(entity -> entity.committeeId().equals(committee.toString()));
    }

    private byte[] readUpToCap(InputStream content) {
        long cap = cap();
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) cap + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > cap) {
            throw new DomainException("attachment.too-large", FIELD, readable(cap));
        }
        if (bytes.length == 0) {
            throw new DomainException("attachment.empty", FIELD);
        }
        return bytes;
    }

    private long cap() {
        if (maxBytes < 1 || maxBytes > LARGEST_CAP) {
            throw new IllegalStateException("xieshang.attachments.max-bytes must be between 1 and " + LARGEST_CAP + ", not " + maxBytes);
        }
        return maxBytes;
    }

    /** The cap as people read it: 10 MB, 512 KB, 1.5 MB (binary units, as file managers show them). */
    static String readable(long bytes) {
        if (bytes >= MEBIBYTE) {
            return number(bytes / (double) MEBIBYTE) + " MB";
        }
        if (bytes >= 1024) {
            return number(bytes / 1024.0) + " KB";
        }
        return bytes + " B";
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static boolean isUuid(String id) {
        if (id == null || id.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static StoredAttachment stored(AttachmentEntity entity) {
        return new StoredAttachment(entity.id(), entity.fileName(), entity.mediaType(), entity.sizeBytes(), entity.sha256());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
