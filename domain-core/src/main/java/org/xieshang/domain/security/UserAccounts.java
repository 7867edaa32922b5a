package org.xieshang.domain.security;

import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** Storage port for user accounts. Implementations must pass {@code UserAccountsContract} from the test kit. */
public interface UserAccounts {

    /**
     * @param id the identifier, not null
     * @return the account, if stored
     */
    Optional<UserAccount> find(UserId id);

    /**
     * @param username a login name, not null
     * @return the account with that name, if any
     */
    Optional<UserAccount> findByUsername(String username);

    /**
     * @param memberId a member, not null
     * @return the account linked to that member, if any
     */
    Optional<UserAccount> findByMember(MemberId memberId);

    /**
     * @param account the account as read and changed, at version 0 if new; not null
     * @return the stored account with its new version, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if the stored version differs
     * @throws org.xieshang.domain.shared.DuplicateException        if the login name is taken
     */
    UserAccount save(UserAccount account);

    /**
     * @param committeeId the committee, not null
     * @param request     which page, not null
     * @return the committee's accounts by login name, never null
     */
    Page<UserAccount> ofCommittee(CommitteeId committeeId, PageRequest request);

    /** @return how many accounts exist in all */
    long count();

    /**
     * @param id the identifier, not null
     * @return the account, never null
     * @throws NotFoundException if it is not stored
     */
    default UserAccount require(UserId id) {
        return find(id).orElseThrow(() -> new NotFoundException("user", null, id));
    }
}
