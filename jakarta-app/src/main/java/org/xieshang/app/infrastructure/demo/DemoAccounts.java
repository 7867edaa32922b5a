package org.xieshang.app.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.committee.HandlingUnitKind;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.member.MemberSort;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.security.NewAccount;
import org.xieshang.domain.security.Role;
import org.xieshang.domain.security.TotpSecret;
import org.xieshang.domain.security.UserAccounts;
import org.xieshang.domain.security.UserAdministration;
import org.xieshang.domain.shared.PageRequest;

/**
 * The documented demo accounts, one per role, for trying the reference application (demo profile only:
 * elsewhere {@code SignIn} refuses them). Their password and the administrators' TOTP key are in the README.
 */
@ApplicationScoped
public class DemoAccounts {

    /** The password of every demo account. */
    public static final String PASSWORD = "Demo#2026";
    /**
     * The name of the demo leader, the city's Party secretary in the demo data: leaders are recognised on their screen by
     * the name with which designations and instructions are signed (市委书记 周明远).
     */
    public static final String LEADER_NAME = "周明远";
    /** The TOTP key of the three demo administrators, for an authenticator app. */
    public static final String ADMIN_TOTP_KEY = "XIESHANGDEMOTOTPSECRET23";

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    @Inject
    Committees committees;

    @Inject
    Members members;

    @Inject
    HandlingUnits handlingUnits;

    @Inject
    UserAccounts accounts;

    @Inject
    UserAdministration users;

    /** Opens the demo accounts unless they exist. */
    @Transactional
    public void openIfMissing() {
        Optional<Committee> city = committees.all().stream().filter(c -> c.level() == CommitteeLevel.CITY).findFirst();
        if (city.isEmpty() || accounts.findByUsername("registry.demo").isPresent()) {
            return;
        }
        CommitteeId cityId = city.get().id();
        Optional<TotpSecret> adminKey = Optional.of(TotpSecret.ofBase32(ADMIN_TOTP_KEY));
        open(cityId, "sysadmin.demo", "演示系统管理员", Role.SYSTEM_ADMINISTRATOR, null, adminKey);
        open(cityId, "secadmin.demo", "演示安全管理员", Role.SECURITY_ADMINISTRATOR, null, adminKey);
        open(cityId, "auditadmin.demo", "演示审计管理员", Role.AUDIT_ADMINISTRATOR, null, adminKey);
        open(cityId, "registry.demo", "演示委员库管理员", Role.REGISTRY_CLERK, null, Optional.empty());
        open(cityId, "dutyfile.demo", "演示履职档案管理员", Role.DUTY_FILE_CLERK, null, Optional.empty());
        open(cityId, "consultation.demo", "演示协商工作人员", Role.CONSULTATION_OFFICE, null, Optional.empty());
        open(cityId, "proposal.demo", "演示提案工作人员", Role.PROPOSAL_OFFICE, null, Optional.empty());
        open(cityId, "leader.demo", LEADER_NAME, Role.LEADER, null, Optional.empty());
        open(cityId, "member.demo", firstMember(cityId).profile().name(), Role.MEMBER, firstMember(cityId), Optional.empty());
        openUnit(city.get(), "unit.demo", "演示承办单位（教育局）");
        committees.childrenOf(cityId).stream().min(Comparator.comparing(Committee::name)).ifPresent(county -> {
            open(county.id(), "registry.county.demo", "演示县级委员库管理员", Role.REGISTRY_CLERK, null, Optional.empty());
            open(county.id(), "proposal.county.demo", "演示县级提案工作人员", Role.PROPOSAL_OFFICE, null, Optional.empty());
            open(county.id(), "member.county.demo", firstMember(county.id()).profile().name(), Role.MEMBER, firstMember(county.id()),
                    Optional.empty());
        });
        LOG.info("demo accounts opened (password " + PASSWORD + "; for demonstration only)");
    }

    private void open(CommitteeId committee, String username, String displayName, Role role, Member member, Optional<TotpSecret> secret) {
        users.openDemo(new NewAccount(committee, username, displayName, Set.of(role), Optional.ofNullable(member).map(Member::id),
                Optional.empty()), PASSWORD.toCharArray(), secret);
    }

    /** Opens the handling unit's account for the city's education bureau, from the demo data's registry. */
    private void openUnit(Committee city, String username, String displayName) {
        HandlingUnit bureau = educationBureau(city);
        users.openDemo(new NewAccount(city.id(), username, displayName, Set.of(Role.HANDLING_UNIT), Optional.empty(), Optional.of(bureau.id())),
                PASSWORD.toCharArray(), Optional.empty());
    }

    /**
     * The demo data registers 澄湖市教育局; demo accounts may also be opened without the demo data, and the
     * unit's account must point at a registered unit, so the bureau is registered then.
     */
    private HandlingUnit educationBureau(Committee city) {
        String name = city.region() + "教育局";
        return handlingUnits.ofCommittee(city.id(), false).stream().filter(u -> u.name().equals(name)).findFirst()
                .orElseGet(() -> handlingUnits.save(HandlingUnit.register(HandlingUnitId.generate(), city.id(), name,
                        HandlingUnitKind.GOVERNMENT_DEPARTMENT, null, null)));
    }

    private Member firstMember(CommitteeId committee) {
        List<Member> first = members.search(MemberQuery.of(committee).sortedBy(MemberSort.CODE, true), PageRequest.of(0, 1)).items();
        return first.get(0);
    }
}
