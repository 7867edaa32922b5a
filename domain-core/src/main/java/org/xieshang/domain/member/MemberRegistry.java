package org.xieshang.domain.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.sector.Sectors;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.Guard;
import org.xieshang.domain.shared.Versions;

/**
 * Use cases of the member registry (委员库): registering members, keeping their details, and recording
 * membership decisions. Thread-safe if its ports are; transactions belong to the caller.
 */
public final class MemberRegistry {

    private final Committees committees;
    private final Sectors sectors;
    private final Members members;
    private final Clock clock;

    /**
     * @param committees committee storage, not null
     * @param sectors    sector storage, not null
     * @param members    member storage, not null
     * @param clock      the clock, in the committee's time zone; not null
     */
    public MemberRegistry(Committees committees, Sectors sectors, Members members, Clock clock) {
        this.committees = Objects.requireNonNull(committees, "committees");
        this.sectors = Objects.requireNonNull(sectors, "sectors");
        this.members = Objects.requireNonNull(members, "members");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Registers a member without an appointment.
     *
     * @param committeeId the committee, not null
     * @param code        member code, unique within the committee; not null
     * @param profile     personal details, not null
     * @return the stored member, never null
     * @throws DuplicateException {@code member.code.duplicate} if the code is taken, {@code member.resident-id.duplicate}
     *                            if the committee has a member with the same resident ID number
     */
    public Member register(CommitteeId committeeId, MemberCode code, MemberProfile profile) {
        committees.require(committeeId);
        return members.save(newMember(committeeId, code, profile));
    }

    /**
     * Registers a member and appoints them for a term in one step, as a clerk does for a new term's list.
     *
     * @param committeeId the committee, not null
     * @param code        member code, unique within the committee; not null
     * @param profile     personal details, not null
     * @param appointment an {@link DecisionKind#APPOINTMENT} draft, not null
     * @return the stored member with the membership, never null
     */
    public Member register(CommitteeId committeeId, MemberCode code, MemberProfile profile, DecisionDraft appointment) {
        Committee committee = committees.require(committeeId);
        Guard.check(appointment.kind() == DecisionKind.APPOINTMENT, "decision.not-appointment", "kind");
        Member member = newMember(committeeId, code, profile);
        return members.save(decide(committee, member, appointment));
    }

    /**
     * @param id              the member, not null
     * @param expectedVersion the version the caller read
     * @param profile         the new personal details, not null
     * @return the stored member, never null
     */
    public Member updateProfile(MemberId id, long expectedVersion, MemberProfile profile) {
        Member member = members.require(id);
        Versions.check("member", id, member.version(), expectedVersion);
        checkBirthDate(Guard.required(profile, "profile"));
        checkResidentIdUnique(member.committeeId(), id, profile);
        return members.save(member.updateProfile(profile));
    }

    /**
     * Records a membership decision: appointment, taking office, sector change, the end of a membership,
     * or a change of the standing role.
     *
     * @param id              the member, not null
     * @param expectedVersion the version the caller read
     * @param draft           the decision, not null
     * @return the stored member after the decision, never null
     * @throws org.xieshang.domain.shared.NotFoundException if the term or sector is not the committee's
     * @throws org.xieshang.domain.shared.DomainException   if the decision is not allowed
     */
    public Member recordDecision(MemberId id, long expectedVersion, DecisionDraft draft) {
        Member member = members.require(id);
        Versions.check("member", id, member.version(), expectedVersion);
        return members.save(decide(committees.require(member.committeeId()), member, draft));
    }

    private Member newMember(CommitteeId committeeId, MemberCode code, MemberProfile profile) {
        Guard.required(code, "code");
        checkBirthDate(Guard.required(profile, "profile"));
        if (members.findByCode(committeeId, code).isPresent()) {
            throw new DuplicateException("member.code.duplicate", "code", code.value());
        }
        MemberId id = MemberId.generate();
        checkResidentIdUnique(committeeId, id, profile);
        return Member.register(id, committeeId, code, profile);
    }

    private Member decide(Committee committee, Member member, DecisionDraft draft) {
        Guard.required(draft, "decision");
        draft.sectorId().ifPresent(sector -> sectors.requireSectorOf(committee.id(), sector, "sectorId"));
        Guard.required(draft.decidedOn(), "decidedOn");
        Guard.check(!draft.decidedOn().isAfter(LocalDate.now(clock)), "decision.in-future", "decidedOn");
        MembershipDecision decision = new MembershipDecision(DecisionId.generate(), draft.kind(), draft.termNumber(), draft.sectorId(),
                draft.decidedBy(), draft.decidedOn(), draft.effectiveOn(), draft.grounds(), draft.documentNumber(), clock.instant());
        return member.record(decision, committee.requireTerm(draft.termNumber()));
    }

    /** One person is registered once per committee: a second record would split their duty file. */
    private void checkResidentIdUnique(CommitteeId committeeId, MemberId id, MemberProfile profile) {
        profile.residentIdNumber().flatMap(number -> members.findByResidentIdNumber(committeeId, number))
                .filter(other -> !other.id().equals(id))
                .ifPresent(other -> {
                    throw new DuplicateException("member.resident-id.duplicate", "residentIdNumber");
                });
    }

    private void checkBirthDate(MemberProfile profile) {
        Guard.check(profile.dateOfBirth().isBefore(LocalDate.now(clock)), "member.date-of-birth.future", "dateOfBirth");
    }
}
