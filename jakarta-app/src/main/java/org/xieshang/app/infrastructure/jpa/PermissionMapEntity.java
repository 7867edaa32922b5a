package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.xieshang.domain.security.Permission;
import org.xieshang.domain.security.Reach;
import org.xieshang.domain.security.Role;

/** Persistence model of a committee's {@link org.xieshang.domain.security.PermissionMap}: one row per grant. */
@Entity
@Table(name = "permission_map")
public class PermissionMapEntity {

    @Id
    @Column(name = "committee_id", length = 36)
    String committeeId;

    @ElementCollection
    @CollectionTable(name = "permission_grant", joinColumns = @JoinColumn(name = "committee_id"))
    List<GrantRow> grants = new ArrayList<>();

    @Version
    long version;

    /** One row of {@code permission_grant}. */
    @Embeddable
    public static class GrantRow {
        @Enumerated(EnumType.STRING)
        @Column(name = "role_name", nullable = false, length = 40)
        Role role;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 40)
        Permission permission;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 20)
        Reach reach;
    }
}
