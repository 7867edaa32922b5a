package org.xieshang.app.application.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.xieshang.domain.audit.Actor;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.security.PermissionMap;
import org.xieshang.domain.security.PermissionMaps;
import org.xieshang.domain.security.Subject;
import org.xieshang.domain.security.UserAccount;
import org.xieshang.domain.security.UserAccounts;

/**
 * The user of the current request, for access decisions and the audit trail: read once per request from
 * the container's caller principal (set by {@code XieshangAuthentication} from the session or a token).
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    @Inject
    UserAccounts accounts;

    @Inject
    Committees committees;

    @Inject
    PermissionMaps maps;

    private Optional<UserAccount> account;
    private Subject subject;
    private PermissionMap permissionMap;

    /** @return the signed-in, enabled account, if any */
    public Optional<UserAccount> account() {
        if (account == null) {
            Principal principal = securityContext.getCallerPrincipal();
            account = principal == null ? Optional.empty() : accounts.findByUsername(principal.getName()).filter(UserAccount::enabled);
        }
        return account;
    }

    /**
     * @return the signed-in user as access decisions see them, never null
     * @throws NotSignedInException if nobody is signed in
     */
    public Subject subject() {
        if (subject == null) {
            UserAccount user = account().orElseThrow(NotSignedInException::new);
            subject = new Subject(user.id(), user.username(), user.committeeId(), readableCommittees(user.committeeId()), user.roles(),
                    user.memberId(), user.unitId());
        }
        return subject;
    }

    /**
     * @return the permission map of the user's committee, read once per request (every check, menu entry and
     *         page rule of a request asks it)
     * @throws NotSignedInException if nobody is signed in
     */
    public PermissionMap permissionMap() {
        if (permissionMap == null) {
            permissionMap = maps.of(subject().committeeId());
        }
        return permissionMap;
    }

    /** @return whether someone is signed in */
    public boolean isSignedIn() {
        return account().isPresent();
    }

    /** @return who acts and from where, for the audit trail; {@code anonymous} before sign-in; never null */
    public Actor actor() {
        return new Actor(account().map(UserAccount::username).orElse("anonymous"), clientAddress());
    }

    /** @return the client's address as the server sees it (the proxy's, behind a reverse proxy); never null */
    public String clientAddress() {
        String address = request.getRemoteAddr();
        return address == null ? "" : address;
    }

    /** A city committee's users read its county committees too. */
    private Set<CommitteeId> readableCommittees(CommitteeId own) {
        Set<CommitteeId> readable = new HashSet<>();
        readable.add(own);
        Optional<Committee> committee = committees.find(own);
        if (committee.isPresent() && committee.get().level() == CommitteeLevel.CITY) {
            committees.childrenOf(own).forEach(child -> readable.add(child.id()));
        }
        return readable;
    }
}
