package org.xieshang.domain.specialcommittee;

import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Guard;

/**
 * A special committee (专门委员会) of a committee, such as 提案委员会 or 经济委员会, with its director
 * (主任). A county may run a one-person committee (一人委) that works jointly with others (000).
 * Aggregate root; immutable and thread-safe.
 */
public final class SpecialCommittee {

    /** Longest name. */
    public static final int NAME_MAX = 100;

    private final SpecialCommitteeId id;
    private final CommitteeId committeeId;
    private final String name;
    private final MemberId directorId;
    private final boolean onePerson;
    private final long version;

    private SpecialCommittee(SpecialCommitteeId id, CommitteeId committeeId, String name, MemberId directorId, boolean onePerson, long version) {
        this.id = Guard.required(id, "id");
        this.committeeId = Guard.required(committeeId, "committeeId");
        this.name = Guard.text(name, "name", NAME_MAX);
        this.directorId = directorId;
        this.onePerson = onePerson;
        Guard.check(version >= 0, "version.negative", "version");
        this.version = version;
    }

    /**
     * @param id          identifier, not null
     * @param committeeId committee, not null
     * @param name        name, unique within the committee, not blank
     * @param directorId  the director (主任), a member of the committee, if appointed
     * @param onePerson   whether it is a one-person committee (一人委)
     * @return the new special committee at version 0, never null
     */
    public static SpecialCommittee establish(SpecialCommitteeId id, CommitteeId committeeId, String name, Optional<MemberId> directorId, boolean onePerson) {
        return new SpecialCommittee(id, committeeId, name, directorId.orElse(null), onePerson, 0);
    }

    /**
     * Rebuilds a stored special committee. For storage adapters.
     *
     * @param id          identifier, not null
     * @param committeeId committee, not null
     * @param name        name, not blank
     * @param directorId  director, or null
     * @param onePerson   whether a one-person committee
     * @param version     stored version
     * @return the special committee, never null
     */
    public static SpecialCommittee restore(SpecialCommitteeId id, CommitteeId committeeId, String name, MemberId directorId, boolean onePerson, long version) {
        return new SpecialCommittee(id, committeeId, name, directorId, onePerson, version);
    }

    /**
     * @param newName       name, not blank
     * @param newDirectorId director, if appointed
     * @param newOnePerson  whether a one-person committee
     * @return this special committee revised, never null
     */
    public SpecialCommittee revise(String newName, Optional<MemberId> newDirectorId, boolean newOnePerson) {
        return new SpecialCommittee(id, committeeId, newName, newDirectorId.orElse(null), newOnePerson, version);
    }

    /** @return the identifier, never null */
    public SpecialCommitteeId id() {
        return id;
    }

    /** @return the committee, never null */
    public CommitteeId committeeId() {
        return committeeId;
    }

    /** @return the name, never null */
    public String name() {
        return name;
    }

    /** @return the director, if appointed */
    public Optional<MemberId> directorId() {
        return Optional.ofNullable(directorId);
    }

    /** @return whether this is a one-person committee (一人委) */
    public boolean onePerson() {
        return onePerson;
    }

    /** @return the stored version; 0 if never stored */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpecialCommittee other && id.equals(other.id) && version == other.version && committeeId.equals(other.committeeId)
                && name.equals(other.name) && Objects.equals(directorId, other.directorId) && onePerson == other.onePerson;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "SpecialCommittee[" + name + ", v" + version + "]";
    }
}
