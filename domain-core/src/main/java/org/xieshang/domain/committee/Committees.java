package org.xieshang.domain.committee;

import java.util.List;
import java.util.Optional;
import org.xieshang.domain.shared.NotFoundException;

/**
 * Storage port for committees. Implementations must pass {@code CommitteesContract} from the test kit.
 */
public interface Committees {

    /**
     * @param id the identifier, not null
     * @return the committee, if stored
     */
    Optional<Committee> find(CommitteeId id);

    /**
     * Stores a new committee (version 0) or a change to a stored one.
     *
     * @param committee the committee as the caller read and changed it, not null
     * @return the stored committee with its new version, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if the stored version differs from the committee's
     */
    Committee save(Committee committee);

    /** @return every committee, parents before their children, then by name; never null */
    List<Committee> all();

    /**
     * @param parentId the parent's identifier, not null
     * @return the committees directly below it, by name; never null
     */
    List<Committee> childrenOf(CommitteeId parentId);

    /**
     * @param id the identifier, not null
     * @return the committee, never null
     * @throws NotFoundException if it is not stored
     */
    default Committee require(CommitteeId id) {
        return find(id).orElseThrow(() -> new NotFoundException("committee", null, id));
    }
}
