package org.xieshang.domain.committee;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.shared.Versions;

/**
 * Use cases for committees, their terms and plenary sessions. Thread-safe if its port is; transactions
 * belong to the caller.
 */
public final class CommitteeAdministration {

    private final Committees committees;

    /** @param committees storage, not null */
    public CommitteeAdministration(Committees committees) {
        this.committees = Objects.requireNonNull(committees, "committees");
    }

    /**
     * @param name     name, not blank
     * @param level    level, not null
     * @param parentId the committee one level up, if registered
     * @param region   region served, not blank
     * @return the stored committee, never null
     * @throws NotFoundException if the parent is unknown
     * @throws org.xieshang.domain.shared.DomainException   if a field is invalid or the parent's level is not higher
     */
    public Committee establish(String name, CommitteeLevel level, Optional<CommitteeId> parentId, String region) {
        Optional<Committee> parent = parentId.map(id -> committees.find(id)
                .orElseThrow(() -> new NotFoundException("committee", "parentId", id)));
        return committees.save(Committee.establish(CommitteeId.generate(), name, level, parent, region));
    }

    /**
     * @param id              the committee, not null
     * @param expectedVersion the version the caller read
     * @param name            new name, not blank
     * @param region          new region, not blank
     * @return the stored committee, never null
     */
    public Committee rename(CommitteeId id, long expectedVersion, String name, String region) {
        return change(id, expectedVersion, c -> c.rename(name, region));
    }

    /**
     * @param id              the committee, not null
     * @param expectedVersion the version the caller read
     * @param number          the next term number
     * @param startInclusive  first day
     * @param endInclusive    last day
     * @return the stored committee with the new term, never null
     */
    public Committee openTerm(CommitteeId id, long expectedVersion, int number, LocalDate startInclusive, LocalDate endInclusive) {
        return change(id, expectedVersion, c -> c.openTerm(number, startInclusive, endInclusive));
    }

    /**
     * @param id              the committee, not null
     * @param expectedVersion the version the caller read
     * @param number          the term's number
     * @param startInclusive  new first day
     * @param endInclusive    new last day
     * @return the stored committee, never null
     */
    public Committee rescheduleTerm(CommitteeId id, long expectedVersion, int number, LocalDate startInclusive, LocalDate endInclusive) {
        return change(id, expectedVersion, c -> c.rescheduleTerm(number, startInclusive, endInclusive));
    }

    /**
     * @param id              the committee, not null
     * @param expectedVersion the version the caller read
     * @param termNumber      the term
     * @param startInclusive  first day of the session
     * @param endInclusive    last day of the session
     * @return the stored committee with the session, never null
     */
    public Committee schedulePlenarySession(CommitteeId id, long expectedVersion, int termNumber, LocalDate startInclusive,
                                            LocalDate endInclusive) {
        return change(id, expectedVersion, c -> c.schedulePlenarySession(termNumber, startInclusive, endInclusive));
    }

    private Committee change(CommitteeId id, long expectedVersion, UnaryOperator<Committee> change) {
        Committee committee = committees.require(id);
        Versions.check("committee", id, committee.version(), expectedVersion);
        return committees.save(change.apply(committee));
    }
}
