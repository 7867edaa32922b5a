package org.xieshang.domain.consultation;

import org.xieshang.domain.shared.Guard;

/**
 * One category of a screening catalogue: a kind of matter that may, or may not, be consulted. Immutable.
 *
 * @param code        short key, unique in the catalogue, not blank, at most {@value #CODE_MAX} characters
 * @param label       what users read, not blank, at most {@value #LABEL_MAX} characters
 * @param consultable whether matters of this category may be consulted
 */
public record ScreeningCategory(String code, String label, boolean consultable) {

    /** Longest code. */
    public static final int CODE_MAX = 40;
    /** Longest label. */
    public static final int LABEL_MAX = 200;

    /** Validates and trims. */
    public ScreeningCategory {
        code = Guard.text(code, "code", CODE_MAX);
        label = Guard.text(label, "label", LABEL_MAX);
    }
}
