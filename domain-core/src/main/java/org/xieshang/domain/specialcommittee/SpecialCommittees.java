package org.xieshang.domain.specialcommittee;

import java.util.List;
import java.util.Optional;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.committee.CommitteeId;

/** Storage port for special committees. Implementations must pass {@code SpecialCommitteesContract}. */
public interface SpecialCommittees {

    /**
     * @param id the identifier, not null
     * @return the special committee, if stored
     */
    Optional<SpecialCommittee> find(SpecialCommitteeId id);

    /**
     * @param specialCommittee a new (version 0) or changed special committee, not null
     * @return the stored special committee with its new version, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if the stored version differs
     * @throws org.xieshang.domain.shared.DuplicateException if the committee has another special committee of that name
     */
    SpecialCommittee save(SpecialCommittee specialCommittee);

    /**
     * @param committeeId the committee, not null
     * @return its special committees by name in pinyin order, never null
     */
    List<SpecialCommittee> listOf(CommitteeId committeeId);

    /**
     * @param id the identifier, not null
     * @return the stored special committee, never null
     * @throws NotFoundException if it is not stored
     */
    default SpecialCommittee require(SpecialCommitteeId id) {
        return find(id).orElseThrow(() -> new NotFoundException("special-committee", null, id));
    }

    /**
     * Checks a reference to a special committee made from within a committee (an activity's organiser).
     *
     * @param committeeId the committee making the reference, not null
     * @param id          the special committee referred to, not null
     * @param field       the input field holding the reference, not null
     * @return the special committee, never null
     * @throws NotFoundException if the committee has no such special committee
     */
    default SpecialCommittee requireOf(CommitteeId committeeId, SpecialCommitteeId id, String field) {
        return find(id).filter(s -> s.committeeId().equals(committeeId))
                .orElseThrow(() -> new NotFoundException("special-committee", field, id));
    }
}
