package org.xieshang.examples;

import java.io.PrintStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.xieshang.domain.audit.Actor;
import org.xieshang.domain.audit.AuditChain;
import org.xieshang.domain.audit.AuditQuery;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeAdministration;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.inmemory.InMemoryAuditTrail;
import org.xieshang.domain.inmemory.InMemoryCommittees;
import org.xieshang.domain.inmemory.InMemoryHandlingUnits;
import org.xieshang.domain.inmemory.InMemoryMembers;
import org.xieshang.domain.inmemory.InMemoryPermissionMaps;
import org.xieshang.domain.inmemory.InMemoryUserAccounts;
import org.xieshang.domain.security.Authorizer;
import org.xieshang.domain.security.IssuedPassword;
import org.xieshang.domain.security.NewAccount;
import org.xieshang.domain.security.PasswordHasher;
import org.xieshang.domain.security.Permission;
import org.xieshang.domain.security.Role;
import org.xieshang.domain.security.SecurityPolicy;
import org.xieshang.domain.security.SignIn;
import org.xieshang.domain.security.SignInResult;
import org.xieshang.domain.security.Subject;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.security.UserAccount;
import org.xieshang.domain.security.UserAdministration;
import org.xieshang.domain.shared.PageRequest;

/**
 * Embedding the domain's security: accounts, sign-in with the 等保 lockout, access decisions from a committee's
 * permission map, and the tamper-evident audit trail, all on in-memory storage and the JDK.
 *
 * <p>An embedder supplies a {@link PasswordHasher} (here PBKDF2 from the JDK), an HMAC key for the audit chain
 * from its own key store, and storage ports; the rules are the domain's.
 */
public final class SecurityExample {

    private SecurityExample() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Opens the administrator accounts and a clerk's account, signs in wrongly until the lockout, asks two
     * access questions, and verifies the audit trail.
     *
     * @param out where to print, not null
     */
    public static void run(PrintStream out) {
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        InMemoryCommittees committees = new InMemoryCommittees();
        InMemoryUserAccounts accounts = new InMemoryUserAccounts();
        byte[] auditKey = new byte[32];
        new SecureRandom().nextBytes(auditKey); // an embedder takes this from its key store
        AuditChain chain = new AuditChain(auditKey);
        InMemoryAuditTrail audit = new InMemoryAuditTrail(chain);
        PasswordHasher hasher = new JdkPbkdf2Hasher();

        Committee city = new CommitteeAdministration(committees).establish("政协青川市委员会", CommitteeLevel.CITY, Optional.empty(), "青川市");
        UserAdministration users = new UserAdministration(committees, new InMemoryMembers(), new InMemoryHandlingUnits(), accounts, hasher, audit,
                clock);
        users.firstStart(city.id()).forEach(issued -> out.println("首次启动：" + issued.account().username() + "（一次性密码已生成）"));
        IssuedPassword clerk = users.open(Actor.system(),
                new NewAccount(city.id(), "clerk", "委员库管理员", Set.of(Role.REGISTRY_CLERK), Optional.empty(), Optional.empty()));

        SignIn signIn = new SignIn(accounts, hasher, audit, SecurityPolicy.standard(), clock, false);
        for (int attempt = 1; attempt <= 5; attempt++) {
            SignInResult result = signIn.attempt("clerk", ("wrong-" + attempt).toCharArray(), null, "192.0.2.1");
            out.println("第 " + attempt + " 次错误登录：" + ((SignInResult.Refused) result).reason());
        }
        SignInResult afterLockout = signIn.attempt("clerk", clerk.oneTimePassword(), null, "192.0.2.1");
        out.println("正确密码：" + ((SignInResult.Refused) afterLockout).reason());

        UserAccount account = accounts.require(clerk.account().id());
        Subject subject = new Subject(account.id(), account.username(), account.committeeId(), Set.of(account.committeeId()), account.roles(),
                account.memberId(), account.unitId());
        Authorizer authorizer = new Authorizer();
        InMemoryPermissionMaps maps = new InMemoryPermissionMaps();
        out.println("登记委员：" + authorizer.decide(subject, maps.of(city.id()), Permission.MEMBER_REGISTER, Target.committee(city.id())).reason());
        out.println("查阅审计日志：" + authorizer.decide(subject, maps.of(city.id()), Permission.AUDIT_READ, Target.committee(city.id())).reason());

        out.println("审计记录 " + audit.search(AuditQuery.all(), PageRequest.of(0, 1)).totalElements() + " 条，日志链：" + chain.verify(audit).problem());
    }

    /** PBKDF2-HMAC-SHA256 from the JDK, encoded as iterations$salt$hash. */
    private static final class JdkPbkdf2Hasher implements PasswordHasher {

        private static final int ITERATIONS = 210_000;
        private static final SecureRandom RANDOM = new SecureRandom();

        @Override
        public String hash(char[] password) {
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            return ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$" + Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS));
        }

        @Override
        public boolean verify(char[] password, String hash) {
            String[] parts = hash.split("\\$");
            byte[] expected = Base64.getDecoder().decode(parts[2]);
            return MessageDigest.isEqual(expected, derive(password, Base64.getDecoder().decode(parts[1]), Integer.parseInt(parts[0])));
        }

        private static byte[] derive(char[] password, byte[] salt, int iterations) {
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(new PBEKeySpec(password, salt, iterations, 256)).getEncoded();
            } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
