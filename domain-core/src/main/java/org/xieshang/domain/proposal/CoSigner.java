package org.xieshang.domain.proposal;

import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Guard;

/**
 * A member invited to co-sign a proposal (附议), and the answer. Immutable.
 *
 * @param memberId the member, not null
 * @param status   the answer so far, not null
 */
public record CoSigner(MemberId memberId, CoSignStatus status) {

    /** Rejects nulls. */
    public CoSigner {
        Guard.required(memberId, "coSigner");
        Guard.required(status, "status");
    }
}
