package org.xieshang.domain.proposal;

import java.util.Objects;
import java.util.UUID;
import org.xieshang.domain.shared.Ids;

/**
 * Identifies a bundle of common proposals handled as one (共性提案打包办理). Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record BundleId(UUID value) {

    /** Rejects null. */
    public BundleId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier, never null */
    public static BundleId generate() {
        return new BundleId(UUID.randomUUID());
    }

    /**
     * @param text a UUID as text
     * @return the identifier, never null
     * @throws org.xieshang.domain.shared.DomainException if the text is not a UUID
     */
    public static BundleId parse(String text) {
        return new BundleId(Ids.parse(text, "bundleId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
