package org.xieshang.domain.consultation;

import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;

/** Port: storage of committees' own screening catalogues. Implementations are thread-safe. */
public interface ScreeningCatalogues {

    /**
     * @param committeeId a committee, not null
     * @return its own catalogue, if it edited one
     */
    Optional<CommitteeCatalogue> find(CommitteeId committeeId);

    /**
     * @param catalogue the catalogue, carrying the version it was read at (0 if new), not null
     * @return the catalogue as stored, with its new version, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if it changed since it was read
     */
    CommitteeCatalogue save(CommitteeCatalogue catalogue);

    /**
     * @param committeeId a committee, not null
     * @return its own catalogue as stored, or the {@linkplain ScreeningCatalogue#example() example} at version 0 (to save
     *         as its own) until it edits one; never null
     */
    default CommitteeCatalogue current(CommitteeId committeeId) {
        return find(committeeId).orElseGet(() -> new CommitteeCatalogue(committeeId, ScreeningCatalogue.example(), 0));
    }

    /**
     * @param committeeId a committee, not null
     * @return the catalogue its topics are screened against, never null
     */
    default ScreeningCatalogue of(CommitteeId committeeId) {
        return current(committeeId).catalogue();
    }
}
