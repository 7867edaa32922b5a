package org.xieshang.app.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xieshang.app.infrastructure.crypto.PersonalDataProtection;
import org.xieshang.app.infrastructure.crypto.SecretKeys;
import org.xieshang.app.infrastructure.jpa.JpaAuditTrail;
import org.xieshang.app.infrastructure.jpa.JpaPermissionMaps;
import org.xieshang.app.infrastructure.jpa.JpaUserAccounts;
import org.xieshang.app.infrastructure.security.Pbkdf2Hasher;
import org.xieshang.domain.audit.AuditChain;
import org.xieshang.domain.audit.AuditTrail;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.security.AccountSecurity;
import org.xieshang.domain.security.Authorizer;
import org.xieshang.domain.security.LockoutPolicy;
import org.xieshang.domain.security.PasswordHasher;
import org.xieshang.domain.security.PasswordPolicy;
import org.xieshang.domain.security.PermissionMaps;
import org.xieshang.domain.security.SecurityPolicy;
import org.xieshang.domain.security.SessionPolicy;
import org.xieshang.domain.security.SignIn;
import org.xieshang.domain.security.UserAccounts;
import org.xieshang.domain.security.UserAdministration;

/**
 * Plugs the domain's security and audit ports into JPA and configuration: keys from
 * {@code xieshang.secret-key}, the password profile and session limits from {@code xieshang.security.*}.
 */
@ApplicationScoped
public class SecurityWiring {

    @PersistenceContext(unitName = "xieshang")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "xieshang.secret-key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "xieshang.security.password-profile", defaultValue = "dengbao")
    String passwordProfile;

    @Inject
    @ConfigProperty(name = "xieshang.security.lockout-failures", defaultValue = "5")
    int lockoutFailures;

    @Inject
    @ConfigProperty(name = "xieshang.security.lockout-duration", defaultValue = "PT30M")
    Duration lockoutDuration;

    @Inject
    @ConfigProperty(name = "xieshang.security.idle-timeout", defaultValue = "PT15M")
    Duration idleTimeout;

    @Inject
    @ConfigProperty(name = "xieshang.security.session-lifetime", defaultValue = "PT8H")
    Duration sessionLifetime;

    @Inject
    @ConfigProperty(name = "xieshang.security.token-lifetime", defaultValue = "PT15M")
    Duration tokenLifetime;

    @Inject
    @ConfigProperty(name = "xieshang.security.pbkdf2-iterations", defaultValue = "210000")
    int pbkdf2Iterations;

    @Inject
    @ConfigProperty(name = "xieshang.demo-accounts", defaultValue = "false")
    boolean demoAccounts;

    @Produces
    @Singleton
    SecretKeys secretKeys() {
        return new SecretKeys(secretKey.orElse(null));
    }

    @Produces
    @Singleton
    PersonalDataProtection personalDataProtection(SecretKeys keys) {
        return PersonalDataProtection.aesGcm(keys);
    }

    @Produces
    @Singleton
    AuditChain auditChain(SecretKeys keys) {
        return new AuditChain(keys.auditChain());
    }

    @Produces
    @Singleton
    SecurityPolicy securityPolicy() {
        PasswordPolicy passwords = switch (passwordProfile) {
            case "modern" -> PasswordPolicy.modern();
            case "dengbao" -> PasswordPolicy.dengbao();
            default -> throw new IllegalStateException("xieshang.security.password-profile must be dengbao or modern, not " + passwordProfile);
        };
        return new SecurityPolicy(passwords, new LockoutPolicy(lockoutFailures, lockoutDuration),
                new SessionPolicy(idleTimeout, sessionLifetime, tokenLifetime), Set.of());
    }

    @Produces
    @Singleton
    PasswordHasher passwordHasher(Pbkdf2PasswordHash hash) {
        return new Pbkdf2Hasher(hash, pbkdf2Iterations);
    }

    @Produces
    @Singleton
    UserAccounts userAccounts(PersonalDataProtection protection) {
        return new JpaUserAccounts(em, protection);
    }

    @Produces
    @Singleton
    PermissionMaps permissionMaps() {
        return new JpaPermissionMaps(em);
    }

    @Produces
    @Singleton
    AuditTrail auditTrail(AuditChain chain) {
        return new JpaAuditTrail(em, chain);
    }

    @Produces
    @Singleton
    Authorizer authorizer() {
        return new Authorizer();
    }

    @Produces
    @Singleton
    SignIn signIn(UserAccounts accounts, PasswordHasher hasher, AuditTrail audit, SecurityPolicy policy, Clock clock) {
        return new SignIn(accounts, hasher, audit, policy, clock, demoAccounts);
    }

    @Produces
    @Singleton
    AccountSecurity accountSecurity(UserAccounts accounts, PasswordHasher hasher, AuditTrail audit, SecurityPolicy policy, Clock clock) {
        return new AccountSecurity(accounts, hasher, audit, policy, clock);
    }

    @Produces
    @Singleton
    UserAdministration userAdministration(Committees committees, Members members, HandlingUnits units, UserAccounts accounts, PasswordHasher hasher,
                                          AuditTrail audit, Clock clock) {
        return new UserAdministration(committees, members, units, accounts, hasher, audit, clock);
    }
}
