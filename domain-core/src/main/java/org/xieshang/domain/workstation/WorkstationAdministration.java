package org.xieshang.domain.workstation;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.shared.Versions;

/** Use cases for member workstations. Thread-safe if its ports are; transactions belong to the caller. */
public final class WorkstationAdministration {

    private final Committees committees;
    private final Workstations workstations;
    private final Members members;

    /**
     * @param committees   committee storage, not null
     * @param workstations workstation storage, not null
     * @param members      member storage, not null
     */
    public WorkstationAdministration(Committees committees, Workstations workstations, Members members) {
        this.committees = Objects.requireNonNull(committees, "committees");
        this.workstations = Objects.requireNonNull(workstations, "workstations");
        this.members = Objects.requireNonNull(members, "members");
    }

    /**
     * @param committeeId the committee, not null
     * @param name        name, not blank
     * @param place       township or street, not blank
     * @param placeKind   township or street, not null
     * @param headName    head's name, or null
     * @param headPost    head's post, or null
     * @return the stored workstation, never null
     */
    public Workstation open(CommitteeId committeeId, String name, String place, PlaceKind placeKind, String headName, String headPost) {
        committees.require(committeeId);
        return workstations.save(Workstation.open(WorkstationId.generate(), committeeId, name, place, placeKind, headName, headPost));
    }

    /**
     * @param id              the workstation, not null
     * @param expectedVersion the version the caller read
     * @param name            new name, not blank
     * @param place           new place, not blank
     * @param placeKind       new place kind, not null
     * @param headName        head's name, or null
     * @param headPost        head's post, or null
     * @return the stored workstation, never null
     */
    public Workstation revise(WorkstationId id, long expectedVersion, String name, String place, PlaceKind placeKind, String headName,
                              String headPost) {
        return change(id, expectedVersion, w -> w.revise(name, place, placeKind, headName, headPost));
    }

    /**
     * @param id              the workstation, not null
     * @param expectedVersion the version the caller read
     * @param posting         the posting of a member of the committee, not null
     * @return the stored workstation, never null
     */
    public Workstation post(WorkstationId id, long expectedVersion, Posting posting) {
        return change(id, expectedVersion, w -> {
            members.requireMemberOf(w.committeeId(), posting.memberId(), "memberId");
            return w.post(posting);
        });
    }

    /**
     * @param id              the workstation, not null
     * @param expectedVersion the version the caller read
     * @param memberId        a member posted there, not null
     * @return the stored workstation, never null
     */
    public Workstation withdraw(WorkstationId id, long expectedVersion, MemberId memberId) {
        return change(id, expectedVersion, w -> w.withdraw(memberId));
    }

    private Workstation change(WorkstationId id, long expectedVersion, UnaryOperator<Workstation> change) {
        Workstation workstation = workstations.require(id);
        Versions.check("workstation", id, workstation.version(), expectedVersion);
        return workstations.save(change.apply(workstation));
    }
}
