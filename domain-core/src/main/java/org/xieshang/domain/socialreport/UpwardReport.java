package org.xieshang.domain.socialreport;

import java.time.LocalDate;
import java.util.Optional;
import org.xieshang.domain.shared.Guard;

/**
 * An adopted report sent on to an upper body (报送上级), such as 省政协, 全国政协 or 市委办公室, and whether that body
 * adopted it in turn. Immutable and thread-safe.
 *
 * @param recipient    the body it went to, not blank, at most {@value #RECIPIENT_MAX} characters
 * @param reportedOn   the day it was sent, not null
 * @param adoptedOn    the day the upper body adopted it, if it did; not before it was sent
 * @param adoptionNote how the upper body used it (an issue of its bulletin, a leader's reading), at most 1000 characters
 */
public record UpwardReport(String recipient, LocalDate reportedOn, Optional<LocalDate> adoptedOn, Optional<String> adoptionNote) {

    /** Longest name of an upper body. */
    public static final int RECIPIENT_MAX = 50;

    /** Validates every part. */
    public UpwardReport {
        recipient = Guard.text(recipient, "recipient", RECIPIENT_MAX);
        Guard.required(reportedOn, "reportedOn");
        Guard.required(adoptedOn, "adoptedOn");
        adoptionNote = Guard.required(adoptionNote, "adoptionNote").map(n -> Guard.optionalText(n, "adoptionNote", 1000));
        Guard.check(adoptedOn.map(d -> !d.isBefore(reportedOn)).orElse(true), "social-report.upper-adoption.date", "adoptedOn");
    }

    /**
     * @param recipient  the upper body, not blank
     * @param reportedOn the day it was sent, not null
     * @return the report as sent, not yet adopted there; never null
     */
    public static UpwardReport sent(String recipient, LocalDate reportedOn) {
        return new UpwardReport(recipient, reportedOn, Optional.empty(), Optional.empty());
    }

    /** @return whether the upper body adopted it */
    public boolean isAdopted() {
        return adoptedOn.isPresent();
    }

    /**
     * @param on   the day the upper body adopted it, not before it was sent
     * @param note how it was used, may be null
     * @return this report adopted upward, never null
     */
    UpwardReport adopted(LocalDate on, String note) {
        return new UpwardReport(recipient, reportedOn, Optional.of(Guard.required(on, "adoptedOn")), Optional.ofNullable(note));
    }

    /**
     * @param name an upper body's name as entered
     * @return whether it names this report's recipient, ignoring surrounding spaces
     */
    boolean isTo(String name) {
        return name != null && recipient.equals(name.strip());
    }
}
