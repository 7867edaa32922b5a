package org.xieshang.domain.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;

/**
 * A member (委员) of one committee: who they are, their membership in each term, and every decision
 * that shaped it. Aggregate root; immutable and thread-safe: every change returns a new instance with
 * the same version, which storage raises on save.
 *
 * <p>Invariants: at most one membership per term, each in exactly one sector; a standing role only
 * while the membership is current; every membership change comes from a recorded
 * {@link MembershipDecision}; a deceased member is not appointed again.
 */
public final class Member {

    private final MemberId id;
    private final CommitteeId committeeId;
    private final MemberCode code;
    private final MemberProfile profile;
    private final List<TermMembership> memberships;
    private final List<MembershipDecision> decisions;
    private final long version;

    private Member(MemberId id, CommitteeId committeeId, MemberCode code, MemberProfile profile, List<TermMembership> memberships,
                   List<MembershipDecision> decisions, long version) {
        this.id = Guard.required(id, "id");
        this.committeeId = Guard.required(committeeId, "committeeId");
        this.code = Guard.required(code, "code");
        this.profile = Guard.required(profile, "profile");
        List<TermMembership> sorted = new ArrayList<>(Guard.required(memberships, "memberships"));
        sorted.sort(Comparator.comparingInt(TermMembership::termNumber));
        Set<Integer> terms = new HashSet<>();
        sorted.forEach(m -> Guard.check(terms.add(m.termNumber()), "member.term.already-appointed", "termNumber", m.termNumber()));
        this.memberships = List.copyOf(sorted);
        this.decisions = List.copyOf(Guard.required(decisions, "decisions"));
        Set<DecisionId> decisionIds = new HashSet<>();
        this.decisions.forEach(d -> Guard.check(decisionIds.add(d.id()), "decision.duplicate-id", "id", d.id()));
        Guard.check(version >= 0, "version.negative", "version");
        this.version = version;
    }

    /**
     * Registers a person as a member of a committee, not yet appointed for any term.
     *
     * @param id          identifier, not null
     * @param committeeId committee, not null
     * @param code        member code, unique within the committee (checked by {@link MemberRegistry}), not null
     * @param profile     personal details, not null
     * @return the new member at version 0, never null
     */
    public static Member register(MemberId id, CommitteeId committeeId, MemberCode code, MemberProfile profile) {
        return new Member(id, committeeId, code, profile, List.of(), List.of(), 0);
    }

    /**
     * Rebuilds a stored member, checking the invariants again. For storage adapters.
     *
     * @param id          identifier, not null
     * @param committeeId committee, not null
     * @param code        member code, not null
     * @param profile     personal details, not null
     * @param memberships memberships in any order, not null
     * @param decisions   decisions in the order they were recorded, not null
     * @param version     stored version
     * @return the member, never null
     */
    public static Member restore(MemberId id, CommitteeId committeeId, MemberCode code, MemberProfile profile,
                                 List<TermMembership> memberships, List<MembershipDecision> decisions, long version) {
        return new Member(id, committeeId, code, profile, memberships, decisions, version);
    }

    /**
     * @param newProfile the corrected or updated personal details, not null
     * @return this member with the new profile, never null
     */
    public Member updateProfile(MemberProfile newProfile) {
        return new Member(id, committeeId, code, newProfile, memberships, decisions, version);
    }

    /**
     * Applies a membership decision and keeps it on record.
     *
     * @param decision the decision, not null
     * @param term     the term it concerns, as the committee has it; not null
     * @return this member after the decision, never null
     * @throws DomainException if the decision is not allowed: appointing twice in a term, a standing role
     *                         for a member who is not current, a transition the state machine forbids, a
     *                         date outside the term or before the membership began
     */
    public Member record(MembershipDecision decision, Term term) {
        Guard.required(decision, "decision");
        Guard.check(term.number() == decision.termNumber(), "decision.term.mismatch", "termNumber");
        Guard.check(term.covers(decision.effectiveOn()), "decision.outside-term", "effectiveOn", term.displayName());
        List<TermMembership> next = new ArrayList<>(memberships);
        if (decision.kind() == DecisionKind.APPOINTMENT) {
            next.add(appointment(decision));
        } else {
            TermMembership current = membership(decision.termNumber())
                    .orElseThrow(() -> new DomainException("member.not-in-term", "termNumber", term.displayName()));
            next.replaceAll(m -> m.termNumber() == decision.termNumber() ? apply(current, decision) : m);
        }
        List<MembershipDecision> nextDecisions = new ArrayList<>(decisions);
        nextDecisions.add(decision);
        return new Member(id, committeeId, code, profile, next, nextDecisions, version);
    }

    private TermMembership appointment(MembershipDecision decision) {
        Guard.check(membership(decision.termNumber()).isEmpty(), "member.term.already-appointed", "termNumber", decision.termNumber());
        Guard.check(memberships.stream().noneMatch(m -> m.status() == MembershipStatus.DECEASED), "member.deceased", "kind");
        MembershipKind kind = membership(decision.termNumber() - 1).isPresent() ? MembershipKind.CONTINUING : MembershipKind.NEW;
        return new TermMembership(decision.termNumber(), decision.sectorId().orElseThrow(), kind, MembershipStatus.APPOINTED,
                decision.effectiveOn(), Optional.empty(), List.of());
    }

    private static TermMembership apply(TermMembership membership, MembershipDecision decision) {
        MembershipStatus status = membership.status().after(decision.kind())
                .orElseThrow(() -> new DomainException("membership.transition.not-allowed", "kind", membership.status(), decision.kind()));
        LocalDate day = decision.effectiveOn();
        Guard.check(!day.isBefore(membership.sinceInclusive()), "decision.before-membership", "effectiveOn", membership.sinceInclusive());
        List<StandingRole> roles = new ArrayList<>(membership.standingRoles());
        Optional<StandingRole> open = membership.openStandingRole();
        switch (decision.kind()) {
            case STANDING_APPOINTMENT -> {
                Guard.check(open.isEmpty(), "standing.already-open", "kind");
                roles.add(new StandingRole(day, Optional.empty()));
            }
            case STANDING_RESIGNATION, STANDING_ORDERED_TO_RESIGN -> {
                StandingRole role = open.orElseThrow(() -> new DomainException("standing.none-open", "kind"));
                Guard.check(!day.isBefore(role.fromInclusive()), "standing.dates.reversed", "effectiveOn");
                roles.set(roles.size() - 1, role.endedOn(day));
            }
            case RESIGNATION, ASKED_TO_RESIGN, ORDERED_TO_RESIGN, REVOCATION, DECEASE -> open.ifPresent(role -> {
                // The standing role cannot outlive the membership: it ends the same day.
                Guard.check(!day.isBefore(role.fromInclusive()), "standing.dates.reversed", "effectiveOn");
                roles.set(roles.size() - 1, role.endedOn(day));
            });
            case SECTOR_REASSIGNMENT -> Guard.check(!decision.sectorId().orElseThrow().equals(membership.sectorId()),
                    "membership.sector.unchanged", "sectorId");
            case APPOINTMENT, TAKING_OFFICE -> {
                // no change beyond the status
            }
        }
        Optional<LocalDate> endedOn = status.isCurrent() ? Optional.empty() : Optional.of(day);
        return new TermMembership(membership.termNumber(), decision.sectorId().orElse(membership.sectorId()), membership.kind(),
                status, membership.sinceInclusive(), endedOn, roles);
    }

    /**
     * @param termNumber a term's number
     * @return the membership in that term, if the member was appointed for it
     */
    public Optional<TermMembership> membership(int termNumber) {
        return memberships.stream().filter(m -> m.termNumber() == termNumber).findFirst();
    }

    /** @return the membership of the highest term, if any */
    public Optional<TermMembership> latestMembership() {
        return memberships.isEmpty() ? Optional.empty() : Optional.of(memberships.get(memberships.size() - 1));
    }

    /** @return the identifier, never null */
    public MemberId id() {
        return id;
    }

    /** @return the committee, never null */
    public CommitteeId committeeId() {
        return committeeId;
    }

    /** @return the member code, never null */
    public MemberCode code() {
        return code;
    }

    /** @return the personal details, never null */
    public MemberProfile profile() {
        return profile;
    }

    /** @return the memberships in term order, never null */
    public List<TermMembership> memberships() {
        return memberships;
    }

    /** @return the decisions in the order they were recorded, never null */
    public List<MembershipDecision> decisions() {
        return decisions;
    }

    /** @return the stored version this instance derives from; 0 if never stored */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Member other && id.equals(other.id) && version == other.version && committeeId.equals(other.committeeId)
                && code.equals(other.code) && profile.equals(other.profile) && memberships.equals(other.memberships)
                && decisions.equals(other.decisions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Member[" + code + ", " + profile.name() + ", v" + version + "]";
    }
}
