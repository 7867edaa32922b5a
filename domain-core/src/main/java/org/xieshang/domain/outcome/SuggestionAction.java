package org.xieshang.domain.outcome;

/** What may be done to one suggestion; each is logged with who, when and what. */
public enum SuggestionAction {
    /** Assign it to a department (交办), or to another before it answers. */
    ASSIGN,
    /** Record whether the department adopts it (采纳). */
    RECORD_ADOPTION,
    /** Record that it was carried out (落实). */
    RECORD_IMPLEMENTATION,
    /** Record what the Party and government offices' supervision found (督查). */
    SUPERVISE,
    /** Record the committee's follow-up by inspection or research (跟踪问效). */
    FOLLOW_UP
}
