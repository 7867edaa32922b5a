package org.xieshang.app.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xieshang.app.application.security.PermissionMapService;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.security.Grant;
import org.xieshang.domain.security.Permission;
import org.xieshang.domain.security.PermissionMap;
import org.xieshang.domain.security.Reach;
import org.xieshang.domain.security.Role;
import org.xieshang.domain.shared.DomainException;

/**
 * The chosen committee's role → permission map (角色权限) as a grid: one row per permission, one column per
 * role, each cell the reach the role holds it with. Cells a role may never hold (三权分立) are disabled.
 */
@Named
@ViewScoped
public class PermissionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PermissionMapService maps;

    @Inject
    CommitteeSelection selection;

    private String committeeId;
    private long version;
    private final Map<String, String> cells = new HashMap<>();

    @PostConstruct
    void init() {
        committeeId = selection.current().toString();
        PermissionMap map = maps.of(CommitteeId.parse(committeeId));
        version = map.version();
        cells.clear();
        map.asMap().forEach((role, grants) -> grants.forEach(g -> cells.merge(key(role, g.permission()), g.reach().name(),
                (a, b) -> Reach.valueOf(a).ordinal() <= Reach.valueOf(b).ordinal() ? a : b)));
    }

    /** Saves the roles whose cells changed, one after another. */
    public void save() {
        try {
            PermissionMap stored = maps.of(CommitteeId.parse(committeeId));
            long current = version;
            for (Role role : Role.values()) {
                Set<Grant> wanted = new HashSet<>();
                for (Permission permission : Permission.values()) {
                    String reach = cells.get(key(role, permission));
                    if (reach != null && !reach.isEmpty()) {
                        wanted.add(new Grant(permission, Reach.valueOf(reach)));
                    }
                }
                if (!wanted.equals(stored.grantsOf(role))) {
                    current = maps.change(CommitteeId.parse(committeeId), current, role, wanted).version();
                }
            }
            FormErrors.confirm("permissions.saved");
            init();
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    public List<Role> getRoles() {
        return Arrays.asList(Role.values());
    }

    public List<Permission> getPermissions() {
        return Arrays.asList(Permission.values());
    }

    /** @return the reaches a cell offers: none, or one of the reaches */
    public List<SelectItem> getReaches() {
        return Arrays.stream(Reach.values()).map(r -> new SelectItem(r.name(), Texts.label(r))).toList();
    }

    /** @return the cells by {@link #key} */
    public Map<String, String> getCells() {
        return cells;
    }

    /** @return a cell's key: role and permission */
    public String key(Role role, Permission permission) {
        return role.name() + "." + permission.name();
    }

    /** @return a role's or permission's label */
    public String label(Enum<?> constant) {
        return Texts.label(constant);
    }
}
