package org.xieshang.domain.duty.scoring;

import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;

/** Storage port for scoring schemes and the scores computed under them. Implementations must pass {@code DutyContract}. */
public interface ScoringSchemes {

    /**
     * @param committeeId the committee, not null
     * @param year        the year
     * @return the latest revision, if the committee has a scheme for the year
     */
    Optional<ScoringScheme> current(CommitteeId committeeId, int year);

    /**
     * @param committeeId the committee, not null
     * @param year        the year
     * @return every revision, oldest first; never null
     */
    List<ScoringScheme> revisions(CommitteeId committeeId, int year);

    /**
     * Stores a new revision.
     *
     * @param scheme the revision, numbered one after the latest stored; not null
     * @return the stored revision, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if another revision was stored meanwhile
     */
    ScoringScheme add(ScoringScheme scheme);

    /**
     * Stores the scores of a year under one revision; scores under other revisions stay.
     *
     * @param committeeId the committee, not null
     * @param year        the year
     * @param revision    the revision they were computed under
     * @param scores      the scores, replacing any earlier ones of that revision; not null
     */
    void putScores(CommitteeId committeeId, int year, int revision, List<AnnualScore> scores);

    /**
     * @param committeeId the committee, not null
     * @param year        the year
     * @param revision    a revision
     * @return the scores computed under it, never null
     */
    List<AnnualScore> scores(CommitteeId committeeId, int year, int revision);
}
