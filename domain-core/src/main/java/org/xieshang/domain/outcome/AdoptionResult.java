package org.xieshang.domain.outcome;

/** A department's answer to a suggestion. */
public enum AdoptionResult {
    /** 采纳. */
    ADOPTED(SuggestionStatus.ADOPTED),
    /** 部分采纳. */
    PARTLY_ADOPTED(SuggestionStatus.PARTLY_ADOPTED),
    /** 未采纳. */
    NOT_ADOPTED(SuggestionStatus.NOT_ADOPTED);

    private final SuggestionStatus status;

    AdoptionResult(SuggestionStatus status) {
        this.status = status;
    }

    /** @return the status the suggestion takes, never null */
    public SuggestionStatus status() {
        return status;
    }
}
