package org.xieshang.app.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.xieshang.domain.audit.AuditAction;
import org.xieshang.domain.security.AccessDecision;
import org.xieshang.domain.security.Authorizer;
import org.xieshang.domain.security.Permission;
import org.xieshang.domain.security.Target;

/**
 * The one place where the application asks whether the current user may do something: the domain's
 * {@link Authorizer} with the permission map of the user's committee. Refusals are audited.
 */
@ApplicationScoped
public class AccessControl {

    @Inject
    CurrentUser user;

    @Inject
    Authorizer authorizer;

    @Inject
    AuditLog audit;

    /**
     * @param permission what the user wants to do, not null
     * @param target     what to, not null
     * @throws NotSignedInException  if nobody is signed in
     * @throws AccessDeniedException if the user may not; the refusal is in the audit trail
     */
    public void require(Permission permission, Target target) {
        AccessDecision decision = decide(permission, target);
        if (!decision.allowed()) {
            audit.recordApart(AuditAction.ACCESS_DENIED, Optional.of(target.committeeId()), "permission", permission.name(),
                    decision.reason() + target.memberId().map(m -> " member " + m).orElse("") + target.unitId().map(u -> " unit " + u).orElse(""));
            throw new AccessDeniedException(decision.reason());
        }
    }

    /**
     * @param permission what the user wants to do, not null
     * @param target     what to, not null
     * @return whether the user may, for showing or hiding a button; nothing is audited
     */
    public boolean allows(Permission permission, Target target) {
        return user.isSignedIn() && decide(permission, target).allowed();
    }

    /**
     * @param permission a permission, not null
     * @return whether the user's roles hold it with any reach, for menus
     */
    public boolean holds(Permission permission) {
        if (!user.isSignedIn()) {
            return false;
        }
        return user.permissionMap().holdsAny(user.subject().roles(), permission);
    }

    private AccessDecision decide(Permission permission, Target target) {
        return authorizer.decide(user.subject(), user.permissionMap(), permission, target);
    }
}
