package org.xieshang.domain.consultation;

import java.time.LocalDate;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;

/**
 * How a topic was screened: the category it falls in, hence whether it may be consulted, with the reason, who and
 * when. Immutable.
 *
 * @param categoryCode the catalogue category, not blank
 * @param consultable  the category's verdict at the time of screening
 * @param reason       why the topic falls in that category, not blank, at most {@value #REASON_MAX} characters
 * @param screenedBy   who screened it, not blank
 * @param screenedOn   when, not null
 */
public record ScreeningResult(String categoryCode, boolean consultable, String reason, String screenedBy, LocalDate screenedOn) {

    /** Longest reason. */
    public static final int REASON_MAX = 1000;

    /** Validates every part. */
    public ScreeningResult {
        categoryCode = Guard.text(categoryCode, "categoryCode", ScreeningCategory.CODE_MAX);
        reason = Guard.text(reason, "reason", REASON_MAX);
        screenedBy = Guard.text(screenedBy, "screenedBy", 100);
        Guard.required(screenedOn, "screenedOn");
    }

    /**
     * @param catalogue    the committee's catalogue, not null
     * @param categoryCode the category chosen, not blank
     * @param reason       why, not blank
     * @param screenedBy   who, not blank
     * @param screenedOn   when, not null
     * @return the result, never null
     * @throws org.xieshang.domain.shared.DomainException {@code screening.category.unknown}
     */
    public static ScreeningResult against(ScreeningCatalogue catalogue, String categoryCode, String reason, String screenedBy, LocalDate screenedOn) {
        ScreeningCategory category = catalogue.category(categoryCode)
                .orElseThrow(() -> new DomainException("screening.category.unknown", "categoryCode", categoryCode));
        return new ScreeningResult(category.code(), category.consultable(), reason, screenedBy, screenedOn);
    }
}
