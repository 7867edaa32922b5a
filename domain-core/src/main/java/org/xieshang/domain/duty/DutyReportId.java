package org.xieshang.domain.duty;

import java.util.Objects;
import java.util.UUID;
import org.xieshang.domain.shared.Ids;

/**
 * Identifies an annual duty report. Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record DutyReportId(UUID value) {

    /** Rejects null. */
    public DutyReportId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier, never null */
    public static DutyReportId generate() {
        return new DutyReportId(UUID.randomUUID());
    }

    /**
     * @param text a UUID as text
     * @return the identifier, never null
     * @throws org.xieshang.domain.shared.DomainException if the text is not a UUID
     */
    public static DutyReportId parse(String text) {
        return new DutyReportId(Ids.parse(text, "reportId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
