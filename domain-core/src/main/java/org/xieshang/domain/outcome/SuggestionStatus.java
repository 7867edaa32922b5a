package org.xieshang.domain.outcome;

/** Where one suggestion of an outcome report stands (003: 交办 → 采纳落实 → 督查 → 跟踪问效). */
public enum SuggestionStatus {
    /** 待交办. */
    PENDING,
    /** 已交办: a department is to answer whether it adopts it. */
    ASSIGNED,
    /** 已采纳. */
    ADOPTED,
    /** 部分采纳. */
    PARTLY_ADOPTED,
    /** 未采纳, with the department's reason. */
    NOT_ADOPTED,
    /** 已落实: carried out. */
    IMPLEMENTED;

    /** @return whether the department has answered */
    public boolean isAnswered() {
        return this != PENDING && this != ASSIGNED;
    }
}
