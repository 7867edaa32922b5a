package org.xieshang.domain.socialreport;

import java.util.Objects;
import java.util.UUID;
import org.xieshang.domain.shared.Ids;

/**
 * Identifies a social-condition report (社情民意信息). Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record SocialReportId(UUID value) {

    /** Rejects null. */
    public SocialReportId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier, never null */
    public static SocialReportId generate() {
        return new SocialReportId(UUID.randomUUID());
    }

    /**
     * @param text a UUID as text
     * @return the identifier, never null
     * @throws org.xieshang.domain.shared.DomainException if the text is not a UUID
     */
    public static SocialReportId parse(String text) {
        return new SocialReportId(Ids.parse(text, "socialReportId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
