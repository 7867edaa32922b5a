package org.xieshang.domain.proposal;

/** Who may put forward a proposal. */
public enum ProposerKind {
    /** 委员提案: a member, with co-signers. */
    MEMBER,
    /** 界别提案: a sector. */
    SECTOR,
    /** 党派团体提案: a party or people's organisation. */
    PARTY,
    /** 专委会提案: a special committee. */
    SPECIAL_COMMITTEE;

    /** @return whether a member leads it (and may invite co-signers and rate the answer) */
    public boolean isMember() {
        return this == MEMBER;
    }
}
