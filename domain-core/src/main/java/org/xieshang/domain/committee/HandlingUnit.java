package org.xieshang.domain.committee;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.xieshang.domain.shared.Guard;

/**
 * A handling unit (承办单位) in a committee's registry: a department or other body that proposals are assigned
 * to, with the person and phone number the proposal office calls there. A unit that is merged away or
 * abolished is deactivated, never deleted, because earlier proposals and accounts still point at it.
 * Aggregate root; immutable and thread-safe.
 */
public final class HandlingUnit {

    /** Longest name. */
    public static final int NAME_MAX = 100;
    /** Longest contact person's name. */
    public static final int CONTACT_PERSON_MAX = 50;
    /** Longest contact phone number. */
    public static final int CONTACT_PHONE_MAX = 30;

    /**
     * A number as an office writes it: digits with hyphens or spaces, an optional leading {@code +} and an
     * optional extension ({@code 0571-87654321转8001}). Looser than a member's {@code PhoneNumber}, because
     * offices give switchboards and extensions.
     */
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d -]{3,}\\d(转\\d{1,6})?");

    private final HandlingUnitId id;
    private final CommitteeId committeeId;
    private final String name;
    private final HandlingUnitKind kind;
    private final String contactPerson;
    private final String contactPhone;
    private final boolean active;
    private final long version;

    private HandlingUnit(HandlingUnitId id, CommitteeId committeeId, String name, HandlingUnitKind kind, String contactPerson,
                         String contactPhone, boolean active, long version) {
        this.id = Guard.required(id, "id");
        this.committeeId = Guard.required(committeeId, "committeeId");
        this.name = Guard.text(name, "name", NAME_MAX);
        this.kind = Guard.required(kind, "kind");
        this.contactPerson = Guard.optionalText(contactPerson, "contactPerson", CONTACT_PERSON_MAX);
        this.contactPhone = Guard.optionalText(contactPhone, "contactPhone", CONTACT_PHONE_MAX);
        Guard.check(this.contactPhone == null || PHONE.matcher(this.contactPhone).matches(), "handling-unit.phone.format", "contactPhone");
        this.active = active;
        Guard.check(version >= 0, "version.negative", "version");
        this.version = version;
    }

    /**
     * @param id            identifier, not null
     * @param committeeId   the committee whose registry it joins, not null
     * @param name          name, such as 澄湖市教育局, unique within the committee, not blank
     * @param kind          kind of body, not null
     * @param contactPerson the person to call there, or null
     * @param contactPhone  their phone number, or null
     * @return the new, active unit at version 0, never null
     */
    public static HandlingUnit register(HandlingUnitId id, CommitteeId committeeId, String name, HandlingUnitKind kind, String contactPerson,
                                        String contactPhone) {
        return new HandlingUnit(id, committeeId, name, kind, contactPerson, contactPhone, true, 0);
    }

    /**
     * Rebuilds a stored unit. For storage adapters.
     *
     * @param id            identifier, not null
     * @param committeeId   committee, not null
     * @param name          name, not blank
     * @param kind          kind, not null
     * @param contactPerson contact person, or null
     * @param contactPhone  contact phone, or null
     * @param active        whether it still takes assignments
     * @param version       stored version
     * @return the unit, never null
     */
    public static HandlingUnit restore(HandlingUnitId id, CommitteeId committeeId, String name, HandlingUnitKind kind, String contactPerson,
                                       String contactPhone, boolean active, long version) {
        return new HandlingUnit(id, committeeId, name, kind, contactPerson, contactPhone, active, version);
    }

    /**
     * Renames the unit or changes its kind or contact; an inactive unit may be corrected too.
     *
     * @param newName          name, not blank
     * @param newKind          kind, not null
     * @param newContactPerson contact person, or null
     * @param newContactPhone  contact phone, or null
     * @return this unit changed, never null
     */
    public HandlingUnit revise(String newName, HandlingUnitKind newKind, String newContactPerson, String newContactPhone) {
        return new HandlingUnit(id, committeeId, newName, newKind, newContactPerson, newContactPhone, active, version);
    }

    /**
     * @return this unit, taking no new assignments (merged away or abolished); never null
     * @throws org.xieshang.domain.shared.DomainException {@code handling-unit.inactive-already} if it is inactive
     */
    public HandlingUnit deactivate() {
        Guard.check(active, "handling-unit.inactive-already", null, name);
        return new HandlingUnit(id, committeeId, name, kind, contactPerson, contactPhone, false, version);
    }

    /**
     * @return this unit, taking assignments again; never null
     * @throws org.xieshang.domain.shared.DomainException {@code handling-unit.active-already} if it is active
     */
    public HandlingUnit reactivate() {
        Guard.check(!active, "handling-unit.active-already", null, name);
        return new HandlingUnit(id, committeeId, name, kind, contactPerson, contactPhone, true, version);
    }

    /** @return the identifier, never null */
    public HandlingUnitId id() {
        return id;
    }

    /** @return the committee whose registry holds it, never null */
    public CommitteeId committeeId() {
        return committeeId;
    }

    /** @return the name, never null */
    public String name() {
        return name;
    }

    /** @return the kind of body, never null */
    public HandlingUnitKind kind() {
        return kind;
    }

    /** @return the person to call there, if known */
    public Optional<String> contactPerson() {
        return Optional.ofNullable(contactPerson);
    }

    /** @return their phone number, if known */
    public Optional<String> contactPhone() {
        return Optional.ofNullable(contactPhone);
    }

    /** @return whether it takes new assignments */
    public boolean active() {
        return active;
    }

    /** @return the stored version; 0 if never stored */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HandlingUnit other && id.equals(other.id) && version == other.version && committeeId.equals(other.committeeId)
                && name.equals(other.name) && kind == other.kind && Objects.equals(contactPerson, other.contactPerson)
                && Objects.equals(contactPhone, other.contactPhone) && active == other.active;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "HandlingUnit[" + name + (active ? "" : ", inactive") + ", v" + version + "]";
    }
}
