package org.xieshang.domain.proposal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Guard;

/**
 * Which proposals to list: a committee's year, narrowed by any of the filters. Results come by filing number, then
 * unfiled ones by title. Immutable.
 *
 * @param committeeId the committee, not null
 * @param year        the session's year
 * @param statuses    only these statuses; empty for all
 * @param unitId      only those assigned to this unit
 * @param memberId    only those this member leads or was invited to co-sign
 * @param keyOnly     only key proposals
 * @param overdueOn   only those overdue on this day
 * @param category    only this category
 */
public record ProposalQuery(CommitteeId committeeId, int year, Set<ProposalStatus> statuses, Optional<HandlingUnitId> unitId,
                            Optional<MemberId> memberId, boolean keyOnly, Optional<LocalDate> overdueOn, Optional<ProposalCategory> category) {

    /** Validates every part. */
    public ProposalQuery {
        Guard.required(committeeId, "committeeId");
        statuses = Set.copyOf(Guard.required(statuses, "statuses"));
        Guard.required(unitId, "unitId");
        Guard.required(memberId, "memberId");
        Guard.required(overdueOn, "overdueOn");
        Guard.required(category, "category");
    }

    /**
     * @param committeeId the committee, not null
     * @param year        the year
     * @return every proposal of that year, never null
     */
    public static ProposalQuery of(CommitteeId committeeId, int year) {
        return new ProposalQuery(committeeId, year, Set.of(), Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty());
    }

    /**
     * @param wanted the statuses, not null
     * @return this query narrowed, never null
     */
    public ProposalQuery inStatus(Set<ProposalStatus> wanted) {
        return new ProposalQuery(committeeId, year, wanted, unitId, memberId, keyOnly, overdueOn, category);
    }

    /**
     * @param unit the unit, not null
     * @return this query narrowed to its assignments, never null
     */
    public ProposalQuery assignedTo(HandlingUnitId unit) {
        return new ProposalQuery(committeeId, year, statuses, Optional.of(unit), memberId, keyOnly, overdueOn, category);
    }

    /**
     * @param member the member, not null
     * @return this query narrowed to the member's proposals, never null
     */
    public ProposalQuery concerning(MemberId member) {
        return new ProposalQuery(committeeId, year, statuses, unitId, Optional.of(member), keyOnly, overdueOn, category);
    }

    /** @return this query narrowed to key proposals, never null */
    public ProposalQuery onlyKey() {
        return new ProposalQuery(committeeId, year, statuses, unitId, memberId, true, overdueOn, category);
    }

    /**
     * @param today the day, not null
     * @return this query narrowed to proposals overdue on that day, never null
     */
    public ProposalQuery overdueOn(LocalDate today) {
        return new ProposalQuery(committeeId, year, statuses, unitId, memberId, keyOnly, Optional.of(today), category);
    }

    /**
     * @param wanted the category, not null
     * @return this query narrowed, never null
     */
    public ProposalQuery inCategory(ProposalCategory wanted) {
        return new ProposalQuery(committeeId, year, statuses, unitId, memberId, keyOnly, overdueOn, Optional.of(wanted));
    }

    /**
     * @param proposal a proposal, not null
     * @return whether it matches every filter
     */
    public boolean matches(Proposal proposal) {
        return proposal.committeeId().equals(committeeId) && proposal.year() == year
                && (statuses.isEmpty() || statuses.contains(proposal.status()))
                && unitId.map(proposal::isAssignedTo).orElse(true)
                && memberId.map(proposal::concerns).orElse(true)
                && (!keyOnly || proposal.key().isPresent())
                && overdueOn.map(proposal::isOverdue).orElse(true)
                && category.map(c -> c == proposal.content().category()).orElse(true);
    }
}
