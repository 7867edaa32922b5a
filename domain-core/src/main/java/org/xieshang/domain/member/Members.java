package org.xieshang.domain.member;

import java.util.Optional;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** Storage port for members. Implementations must pass {@code MembersContract} from the test kit. */
public interface Members {

    /**
     * @param id the identifier, not null
     * @return the member, if stored
     */
    Optional<Member> find(MemberId id);

    /**
     * @param committeeId the committee, not null
     * @param code        a member code, not null
     * @return the committee's member with that code, if any
     */
    Optional<Member> findByCode(CommitteeId committeeId, MemberCode code);

    /**
     * Finds a member by the exact resident ID number; adapters that store the number encrypted answer through a
     * keyed hash (blind index) instead of decrypting every row.
     *
     * @param committeeId the committee, not null
     * @param number      a resident ID number, not null
     * @return the committee's member with that number, if any
     */
    Optional<Member> findByResidentIdNumber(CommitteeId committeeId, ResidentIdNumber number);

    /**
     * Stores a new member (version 0) or a change to a stored one.
     *
     * @param member the member as the caller read and changed it, not null
     * @return the stored member with its new version, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if the stored version differs from the member's
     * @throws org.xieshang.domain.shared.DuplicateException if another member of the committee has the same code
     */
    Member save(Member member);

    /**
     * @param query   which members, in what order; not null
     * @param request which page, not null
     * @return the page, never null
     */
    Page<Member> search(MemberQuery query, PageRequest request);

    /**
     * Counts without loading; adapters that can count more cheaply than a search override this.
     *
     * @param query which members (the order does not matter), not null
     * @return how many members {@link #search} finds in all
     */
    default long count(MemberQuery query) {
        return search(query, PageRequest.of(0, 1)).totalElements();
    }

    /**
     * @param id the identifier, not null
     * @return the member, never null
     * @throws NotFoundException if it is not stored
     */
    default Member require(MemberId id) {
        return find(id).orElseThrow(() -> new NotFoundException("member", null, id));
    }

    /**
     * Checks a reference to a member made from within a committee (a leader, a director, a posting).
     *
     * @param committeeId the committee making the reference, not null
     * @param id          the member referred to, not null
     * @param field       the input field holding the reference, not null
     * @return the member, never null
     * @throws NotFoundException if there is no such member in that committee
     */
    default Member requireMemberOf(CommitteeId committeeId, MemberId id, String field) {
        return find(id).filter(m -> m.committeeId().equals(committeeId))
                .orElseThrow(() -> new NotFoundException("member", field, id));
    }
}
