package org.xieshang.domain.proposal;

/** What may be done to a proposal. Each is recorded in its history with who, when and why. */
public enum ProposalAction {
    /** Change the text, category or proposer of a draft. */
    EDIT,
    /** Invite a member to co-sign (附议). */
    INVITE_CO_SIGNER,
    /** A co-signer accepts or declines. */
    ANSWER_INVITATION,
    /** Hand the draft in. */
    SUBMIT,
    /** The proposer takes it back before filing. */
    WITHDRAW,
    /** The proposal office sends it back to be revised. */
    RETURN_FOR_REVISION,
    /** File it with a number (立案). */
    FILE,
    /** Decide not to file it, with a coded reason (不予立案). */
    REFUSE_FILING,
    /** Turn it into a social-condition report (转社情民意信息). */
    CONVERT,
    /** Merge it into another proposal (并案). */
    MERGE,
    /** Make it a key proposal with leaders to lead and supervise it (重点提案, 领办/督办). */
    DESIGNATE_KEY,
    /** Assign a lead unit and co-handling units with a deadline (交办). */
    ASSIGN,
    /** A unit confirms it has received its assignment (签收). */
    ACKNOWLEDGE,
    /** A unit logs a contact with the proposer: before, during or after handling. */
    LOG_COMMUNICATION,
    /** The lead unit asks for more time. */
    REQUEST_EXTENSION,
    /** The proposal office grants or refuses the extension asked for. */
    DECIDE_EXTENSION,
    /** A co-handling unit gives its part of the answer (会签). */
    COUNTERSIGN,
    /** The lead unit answers (答复). */
    ANSWER,
    /** The proposer rates the answer. */
    RATE,
    /** Send an answer the proposer was not satisfied with back for handling again, with a new deadline. */
    REHANDLE,
    /** Close it (办结). */
    CLOSE,
    /** Record the grade of implementation the Party and government offices gave (督查). */
    GRADE_IMPLEMENTATION
}
