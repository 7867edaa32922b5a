package org.xieshang.domain.proposal;

/** Where a proposal stands in its life; {@link ProposalLifecycle} says which actions each status allows. */
public enum ProposalStatus {
    /** 草稿: being written, co-signers invited. */
    DRAFT,
    /** 已提交: waiting for the filing review. */
    SUBMITTED,
    /** 已立案: filed with a number, waiting to be assigned. */
    FILED,
    /** 不予立案: not filed, with a coded reason. */
    NOT_FILED,
    /** 转社情民意信息: turned into a social-condition report. */
    CONVERTED,
    /** 并案: merged into another proposal, handled with it. */
    MERGED,
    /** 已交办: assigned, waiting for the lead unit's acknowledgement. */
    ASSIGNED,
    /** 办理中: acknowledged by the lead unit and being handled. */
    HANDLING,
    /** 已答复: answered, waiting for the proposer's rating. */
    ANSWERED,
    /** 已评价: rated by the proposer. */
    RATED,
    /** 已办结: closed. */
    CLOSED,
    /** 已撤回: withdrawn by the proposer before filing. */
    WITHDRAWN;

    /** @return whether nothing more can happen to the proposal (its change feed entry is final) */
    public boolean isFinal() {
        return ProposalLifecycle.allowedIn(this).isEmpty();
    }

    /** @return whether a deadline runs: assigned or being handled */
    public boolean isUnderDeadline() {
        return this == ASSIGNED || this == HANDLING;
    }
}
