package org.xieshang.domain.security;

import static org.xieshang.domain.security.Grant.committeeWide;
import static org.xieshang.domain.security.Grant.ownRecord;
import static org.xieshang.domain.security.Grant.ownUnit;
import static org.xieshang.domain.security.Permission.AUDIT_EXPORT;
import static org.xieshang.domain.security.Permission.AUDIT_READ;
import static org.xieshang.domain.security.Permission.COMMITTEE_MANAGE;
import static org.xieshang.domain.security.Permission.COMMITTEE_READ;
import static org.xieshang.domain.security.Permission.CONSULTATION_MANAGE;
import static org.xieshang.domain.security.Permission.CONSULTATION_READ;
import static org.xieshang.domain.security.Permission.DUTY_ASSESSMENT_MANAGE;
import static org.xieshang.domain.security.Permission.DUTY_FILE_MANAGE;
import static org.xieshang.domain.security.Permission.DUTY_FILE_READ;
import static org.xieshang.domain.security.Permission.DUTY_SELF_SERVICE;
import static org.xieshang.domain.security.Permission.LEADER_INSTRUCT;
import static org.xieshang.domain.security.Permission.MEMBERSHIP_DECIDE;
import static org.xieshang.domain.security.Permission.MEMBER_PROFILE_EDIT;
import static org.xieshang.domain.security.Permission.MEMBER_READ;
import static org.xieshang.domain.security.Permission.MEMBER_REGISTER;
import static org.xieshang.domain.security.Permission.ORGANISATION_MANAGE;
import static org.xieshang.domain.security.Permission.ORGANISATION_READ;
import static org.xieshang.domain.security.Permission.PERMISSION_MAP_MANAGE;
import static org.xieshang.domain.security.Permission.PERSONAL_DATA_UNMASKED;
import static org.xieshang.domain.security.Permission.PROPOSAL_HANDLE;
import static org.xieshang.domain.security.Permission.PROPOSAL_MANAGE;
import static org.xieshang.domain.security.Permission.PROPOSAL_READ;
import static org.xieshang.domain.security.Permission.PROPOSAL_SUBMIT;
import static org.xieshang.domain.security.Permission.USER_MANAGE;
import static org.xieshang.domain.security.Permission.USER_READ;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.xieshang.domain.shared.DomainException;

/**
 * Which role holds which permission in a committee: the one place access rules live, as data a security
 * administrator can adjust. Immutable and thread-safe.
 *
 * <p>Invariant (三权分立): the three administrator roles hold only their own duty's permissions and shared
 * reads, and no other role holds any administrator's permission; see {@link Role#mayHold(Permission)}.
 */
public final class PermissionMap {

    private static final PermissionMap DEFAULTS = new PermissionMap(defaultGrants(), 0);

    private final Map<Role, Set<Grant>> grants;
    private final long version;

    private PermissionMap(Map<Role, Set<Grant>> grants, long version) {
        EnumMap<Role, Set<Grant>> copy = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            Set<Grant> held = Set.copyOf(grants.getOrDefault(role, Set.of()));
            for (Grant grant : held) {
                if (!role.mayHold(grant.permission())) {
                    throw new DomainException("permission-map.separation-of-duties", "grants", role, grant.permission());
                }
            }
            copy.put(role, held);
        }
        this.grants = copy;
        this.version = version;
    }

    /**
     * The map a committee starts with: administrators limited to their duty, clerks to their work, members to
     * their own record, handling units to their assignments, leaders reading.
     *
     * @return the default map at version 0, never null
     */
    public static PermissionMap defaults() {
        return DEFAULTS;
    }

    /**
     * Rebuilds a stored map.
     *
     * @param grants  grants per role, not null; roles left out hold nothing
     * @param version the stored version
     * @return the map, never null
     * @throws DomainException {@code permission-map.separation-of-duties} if a role holds what it may not
     */
    public static PermissionMap restore(Map<Role, ? extends Collection<Grant>> grants, long version) {
        return new PermissionMap(Objects.requireNonNull(grants, "grants").entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue()))), version);
    }

    /**
     * @param role   the role, not null
     * @param grants what it should hold from now on, not null
     * @return a map with the role's grants replaced, at the same version; never null
     * @throws DomainException {@code permission-map.separation-of-duties} if the role may not hold one of them,
     *                         {@code permission-map.administrator-fixed} for a change to an administrator role
     */
    public PermissionMap withGrants(Role role, Set<Grant> grants) {
        if (Objects.requireNonNull(role, "role").isAdministrator() && !Set.copyOf(grants).equals(DEFAULTS.grantsOf(role))) {
            // Otherwise the security administrator could take the auditor's sight away, act, and give it back.
            throw new DomainException("permission-map.administrator-fixed", "grants", role);
        }
        EnumMap<Role, Set<Grant>> changed = new EnumMap<>(this.grants);
        changed.put(Objects.requireNonNull(role, "role"), Set.copyOf(grants));
        return new PermissionMap(changed, version);
    }

    /**
     * @param version the stored version
     * @return this map at that version, never null
     */
    public PermissionMap withVersion(long version) {
        return new PermissionMap(grants, version);
    }

    /**
     * @param role a role, not null
     * @return what it holds, never null
     */
    public Set<Grant> grantsOf(Role role) {
        return grants.get(role);
    }

    /**
     * @param roles      the roles of a user, not null
     * @param permission a permission, not null
     * @return the grants of that permission the roles hold, never null
     */
    public List<Grant> grantsOf(Set<Role> roles, Permission permission) {
        return roles.stream().flatMap(role -> grants.get(role).stream())
                .filter(grant -> grant.permission() == permission).distinct().toList();
    }

    /**
     * @param roles      the roles of a user, not null
     * @param permission a permission, not null
     * @return whether they hold the permission with any reach: enough to show a menu entry, never enough to
     *         allow access to a record (see {@link Authorizer})
     */
    public boolean holdsAny(Set<Role> roles, Permission permission) {
        return !grantsOf(roles, permission).isEmpty();
    }

    /** @return the stored version; 0 for a map never stored */
    public long version() {
        return version;
    }

    /** @return every role's grants, never null */
    public Map<Role, Set<Grant>> asMap() {
        return Map.copyOf(grants);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PermissionMap other && grants.equals(other.grants) && version == other.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(grants, version);
    }

    private static Map<Role, Set<Grant>> defaultGrants() {
        Set<Grant> staffReads = Set.of(committeeWide(COMMITTEE_READ), committeeWide(ORGANISATION_READ), committeeWide(MEMBER_READ),
                committeeWide(DUTY_FILE_READ), committeeWide(CONSULTATION_READ), committeeWide(PROPOSAL_READ));
        return Map.of(
                Role.SYSTEM_ADMINISTRATOR, Set.of(committeeWide(COMMITTEE_READ), committeeWide(COMMITTEE_MANAGE)),
                Role.SECURITY_ADMINISTRATOR, Set.of(committeeWide(COMMITTEE_READ), committeeWide(USER_READ), committeeWide(USER_MANAGE),
                        committeeWide(PERMISSION_MAP_MANAGE)),
                Role.AUDIT_ADMINISTRATOR, Set.of(committeeWide(COMMITTEE_READ), committeeWide(AUDIT_READ), committeeWide(AUDIT_EXPORT)),
                Role.REGISTRY_CLERK, Set.of(committeeWide(COMMITTEE_READ), committeeWide(ORGANISATION_READ), committeeWide(ORGANISATION_MANAGE),
                        committeeWide(MEMBER_READ), committeeWide(MEMBER_REGISTER), committeeWide(MEMBER_PROFILE_EDIT),
                        committeeWide(MEMBERSHIP_DECIDE), committeeWide(PERSONAL_DATA_UNMASKED), committeeWide(DUTY_FILE_READ)),
                Role.DUTY_FILE_CLERK, Set.of(committeeWide(COMMITTEE_READ), committeeWide(ORGANISATION_READ), committeeWide(MEMBER_READ),
                        committeeWide(DUTY_FILE_READ), committeeWide(DUTY_FILE_MANAGE), committeeWide(DUTY_ASSESSMENT_MANAGE)),
                Role.CONSULTATION_OFFICE, Set.of(committeeWide(COMMITTEE_READ), committeeWide(ORGANISATION_READ), committeeWide(MEMBER_READ),
                        committeeWide(DUTY_FILE_READ), committeeWide(CONSULTATION_READ), committeeWide(CONSULTATION_MANAGE)),
                Role.PROPOSAL_OFFICE, union(staffReads, committeeWide(PROPOSAL_SUBMIT), committeeWide(PROPOSAL_MANAGE)),
                Role.LEADER, union(staffReads, committeeWide(LEADER_INSTRUCT)),
                // Members see how their committee is organised (published anyway) and only their own file.
                Role.MEMBER, Set.of(committeeWide(COMMITTEE_READ), committeeWide(ORGANISATION_READ), ownRecord(MEMBER_READ),
                        ownRecord(MEMBER_PROFILE_EDIT), ownRecord(PERSONAL_DATA_UNMASKED), ownRecord(DUTY_FILE_READ), ownRecord(DUTY_SELF_SERVICE),
                        ownRecord(PROPOSAL_READ), ownRecord(PROPOSAL_SUBMIT)),
                Role.HANDLING_UNIT, Set.of(committeeWide(COMMITTEE_READ), ownUnit(PROPOSAL_READ), ownUnit(PROPOSAL_HANDLE)));
    }

    private static Set<Grant> union(Set<Grant> grants, Grant... more) {
        Set<Grant> all = new HashSet<>(grants);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }
}
