package org.xieshang.domain.member;

import java.util.Optional;
import java.util.stream.Stream;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.Guard;

/**
 * Which members of a committee to list, and in what order. Immutable and thread-safe; start with
 * {@link #of(CommitteeId)} and narrow with the {@code with…} methods.
 *
 * <p>Membership filters (sector, standing, current) look at the membership in {@code termNumber} if
 * given, otherwise at any of the member's memberships. {@link #matches(Member)} is the reference
 * meaning that every storage adapter must reproduce.
 *
 * @param committeeId  the committee, not null
 * @param termNumber   only members appointed for this term
 * @param sectorId     only members in this sector
 * @param party        only members of this affiliation
 * @param standing     only standing members (true) or only others (false)
 * @param current      only members whose membership runs (true) or has ended (false)
 * @param region       only members of this region (exact)
 * @param nameContains only members whose name contains this text
 * @param sort         the order, not null
 * @param ascending    the direction
 */
public record MemberQuery(CommitteeId committeeId, Optional<Integer> termNumber, Optional<SectorId> sectorId,
                          Optional<PartyAffiliation> party, Optional<Boolean> standing, Optional<Boolean> current,
                          Optional<String> region, Optional<String> nameContains, MemberSort sort, boolean ascending) {

    /** Validates; blank texts count as absent. */
    public MemberQuery {
        Guard.required(committeeId, "committeeId");
        Guard.required(termNumber, "termNumber");
        Guard.required(sectorId, "sectorId");
        Guard.required(party, "party");
        Guard.required(standing, "standing");
        Guard.required(current, "current");
        region = Guard.required(region, "region").map(String::strip).filter(s -> !s.isEmpty());
        nameContains = Guard.required(nameContains, "nameContains").map(String::strip).filter(s -> !s.isEmpty());
        Guard.required(sort, "sort");
    }

    /**
     * @param committeeId the committee, not null
     * @return all its members by name, never null
     */
    public static MemberQuery of(CommitteeId committeeId) {
        return new MemberQuery(committeeId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), MemberSort.NAME, true);
    }

    /** @param value a term number, or null for any @return a narrowed query */
    public MemberQuery withTerm(Integer value) {
        return new MemberQuery(committeeId, Optional.ofNullable(value), sectorId, party, standing, current, region, nameContains, sort, ascending);
    }

    /** @param value a sector, or null for any @return a narrowed query */
    public MemberQuery withSector(SectorId value) {
        return new MemberQuery(committeeId, termNumber, Optional.ofNullable(value), party, standing, current, region, nameContains, sort, ascending);
    }

    /** @param value an affiliation, or null for any @return a narrowed query */
    public MemberQuery withParty(PartyAffiliation value) {
        return new MemberQuery(committeeId, termNumber, sectorId, Optional.ofNullable(value), standing, current, region, nameContains, sort, ascending);
    }

    /** @param value true for standing members only, false for the others, null for both @return a narrowed query */
    public MemberQuery withStanding(Boolean value) {
        return new MemberQuery(committeeId, termNumber, sectorId, party, Optional.ofNullable(value), current, region, nameContains, sort, ascending);
    }

    /** @param value true for current memberships only, false for ended ones, null for both @return a narrowed query */
    public MemberQuery withCurrent(Boolean value) {
        return new MemberQuery(committeeId, termNumber, sectorId, party, standing, Optional.ofNullable(value), region, nameContains, sort, ascending);
    }

    /** @param value a region, or null for any @return a narrowed query */
    public MemberQuery withRegion(String value) {
        return new MemberQuery(committeeId, termNumber, sectorId, party, standing, current, Optional.ofNullable(value), nameContains, sort, ascending);
    }

    /** @param value text the name contains, or null for any @return a narrowed query */
    public MemberQuery withNameContaining(String value) {
        return new MemberQuery(committeeId, termNumber, sectorId, party, standing, current, region, Optional.ofNullable(value), sort, ascending);
    }

    /** @param value the order, not null @param asc the direction @return a reordered query */
    public MemberQuery sortedBy(MemberSort value, boolean asc) {
        return new MemberQuery(committeeId, termNumber, sectorId, party, standing, current, region, nameContains, value, asc);
    }

    /**
     * @param member a member, not null
     * @return whether the member belongs in this listing
     */
    public boolean matches(Member member) {
        MemberProfile profile = member.profile();
        return member.committeeId().equals(committeeId)
                && party.map(p -> p == profile.party()).orElse(true)
                && region.map(r -> profile.region().map(r::equals).orElse(false)).orElse(true)
                && nameContains.map(text -> profile.name().contains(text)).orElse(true)
                && (termNumber.isEmpty() && sectorId.isEmpty() && standing.isEmpty() && current.isEmpty()
                    || consideredMemberships(member).anyMatch(this::matchesMembership));
    }

    private Stream<TermMembership> consideredMemberships(Member member) {
        return termNumber.map(n -> member.membership(n).stream()).orElseGet(() -> member.memberships().stream());
    }

    private boolean matchesMembership(TermMembership membership) {
        return sectorId.map(membership.sectorId()::equals).orElse(true)
                && standing.map(s -> s == membership.isStanding()).orElse(true)
                && current.map(c -> c == membership.status().isCurrent()).orElse(true);
    }
}
