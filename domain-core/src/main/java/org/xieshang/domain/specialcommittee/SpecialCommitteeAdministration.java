package org.xieshang.domain.specialcommittee;

import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.Versions;

/** Use cases for special committees. Thread-safe if its ports are; transactions belong to the caller. */
public final class SpecialCommitteeAdministration {

    private final Committees committees;
    private final SpecialCommittees specialCommittees;
    private final Members members;

    /**
     * @param committees        committee storage, not null
     * @param specialCommittees special committee storage, not null
     * @param members           member storage, not null
     */
    public SpecialCommitteeAdministration(Committees committees, SpecialCommittees specialCommittees, Members members) {
        this.committees = Objects.requireNonNull(committees, "committees");
        this.specialCommittees = Objects.requireNonNull(specialCommittees, "specialCommittees");
        this.members = Objects.requireNonNull(members, "members");
    }

    /**
     * @param committeeId the committee, not null
     * @param name        name, unique within the committee
     * @param directorId  the director, a member of the committee, if appointed
     * @param onePerson   whether a one-person committee (一人委)
     * @return the stored special committee, never null
     */
    public SpecialCommittee establish(CommitteeId committeeId, String name, Optional<MemberId> directorId, boolean onePerson) {
        committees.require(committeeId);
        directorId.ifPresent(id -> members.requireMemberOf(committeeId, id, "directorId"));
        SpecialCommittee created = SpecialCommittee.establish(SpecialCommitteeId.generate(), committeeId, name, directorId, onePerson);
        requireUniqueName(created);
        return specialCommittees.save(created);
    }

    /**
     * @param id              the special committee, not null
     * @param expectedVersion the version the caller read
     * @param name            new name, unique within the committee
     * @param directorId      new director, if appointed
     * @param onePerson       whether a one-person committee
     * @return the stored special committee, never null
     */
    public SpecialCommittee revise(SpecialCommitteeId id, long expectedVersion, String name, Optional<MemberId> directorId, boolean onePerson) {
        SpecialCommittee existing = specialCommittees.require(id);
        Versions.check("special-committee", id, existing.version(), expectedVersion);
        directorId.ifPresent(d -> members.requireMemberOf(existing.committeeId(), d, "directorId"));
        SpecialCommittee revised = existing.revise(name, directorId, onePerson);
        requireUniqueName(revised);
        return specialCommittees.save(revised);
    }

    private void requireUniqueName(SpecialCommittee candidate) {
        if (specialCommittees.listOf(candidate.committeeId()).stream()
                .anyMatch(s -> s.name().equals(candidate.name()) && !s.id().equals(candidate.id()))) {
            throw new DuplicateException("special-committee.name.duplicate", "name", candidate.name());
        }
    }
}
