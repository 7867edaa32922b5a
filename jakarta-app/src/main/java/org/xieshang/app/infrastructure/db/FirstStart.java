package org.xieshang.app.infrastructure.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeAdministration;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.security.IssuedPassword;
import org.xieshang.domain.security.UserAccounts;
import org.xieshang.domain.security.UserAdministration;

/**
 * The first start of an installation without any account: there are no default passwords, so the three
 * administrator accounts (三员) are opened with one-time passwords printed once in the server log, to be
 * changed at their first sign-in, when each also sets up its second factor. Without any committee, the top
 * committee is established from {@code xieshang.first-start.*} for the system administrator to complete.
 */
@ApplicationScoped
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @Inject
    UserAccounts accounts;

    @Inject
    Committees committees;

    @Inject
    CommitteeAdministration committeeAdministration;

    @Inject
    UserAdministration users;

    @Inject
    @ConfigProperty(name = "xieshang.first-start.committee-name", defaultValue = "政协委员会")
    String committeeName;

    @Inject
    @ConfigProperty(name = "xieshang.first-start.committee-level", defaultValue = "CITY")
    CommitteeLevel committeeLevel;

    @Inject
    @ConfigProperty(name = "xieshang.first-start.region", defaultValue = "本级")
    String region;

    /** Opens the administrator accounts if there are no accounts at all; does nothing otherwise. */
    @Transactional
    public void openAdministratorAccountsIfNone() {
        if (accounts.count() > 0) {
            return;
        }
        CommitteeId top = committees.all().stream().filter(c -> c.parentId().isEmpty()).findFirst().map(Committee::id)
                .orElseGet(() -> committeeAdministration.establish(committeeName, committeeLevel, Optional.empty(), region).id());
        List<IssuedPassword> issued = users.firstStart(top);
        StringBuilder banner = new StringBuilder("\n==== Xieshang first start: administrator accounts (shown once; change at first sign-in) ====\n");
        issued.forEach(i -> banner.append("  ").append(i.account().username()).append("  ").append(i.oneTimePassword()).append('\n'));
        banner.append("=========================================================================================");
        LOG.warning(banner::toString);
    }
}
