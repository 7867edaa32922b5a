package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.util.Optional;
import org.xieshang.app.application.MemberService;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;

/**
 * The member whose own items a page lists (proposals, social-condition reports): the signed-in account's member and the
 * committee the member sits in. Kept as texts so that a view holding it stays serialisable.
 */
final class SignedInMember implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String memberId;
    private final String committeeId;

    private SignedInMember(MemberId memberId, CommitteeId committeeId) {
        this.memberId = memberId.toString();
        this.committeeId = committeeId.toString();
    }

    /**
     * Resolves the signed-in member, or answers 403 for an account that is no member's.
     *
     * @return the member, or empty once the error is sent
     */
    static Optional<SignedInMember> resolve(CurrentUser user, MemberService members) {
        Optional<MemberId> own = user.subject().memberId();
        if (own.isEmpty()) {
            Pages.sendError(403);
            return Optional.empty();
        }
        return Optional.of(new SignedInMember(own.get(), members.get(own.get()).committeeId()));
    }

    MemberId memberId() {
        return MemberId.parse(memberId);
    }

    CommitteeId committeeId() {
        return CommitteeId.parse(committeeId);
    }
}
