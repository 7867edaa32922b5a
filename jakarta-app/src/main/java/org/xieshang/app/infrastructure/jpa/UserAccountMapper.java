package org.xieshang.app.infrastructure.jpa;

import java.util.Optional;
import org.xieshang.app.infrastructure.crypto.PersonalDataProtection;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.security.TotpSecret;
import org.xieshang.domain.security.UserAccount;
import org.xieshang.domain.security.UserId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DuplicateException;

/** Maps user accounts to and from {@link UserAccountEntity}; the TOTP secret is stored encrypted. */
final class UserAccountMapper implements Mapping<UserAccountEntity, UserAccount> {

    private final PersonalDataProtection protection;

    UserAccountMapper(PersonalDataProtection protection) {
        this.protection = protection;
    }

    @Override
    public String kind() {
        return "user";
    }

    @Override
    public Class<UserAccountEntity> entityType() {
        return UserAccountEntity.class;
    }

    @Override
    public UserAccountEntity newEntity() {
        return new UserAccountEntity();
    }

    @Override
    public void copy(UserAccount account, UserAccountEntity entity) {
        entity.id = account.id().toString();
        entity.username = account.username();
        entity.displayName = account.displayName();
        entity.committeeId = account.committeeId().toString();
        entity.memberId = account.memberId().map(MemberId::toString).orElse(null);
        entity.unitId = account.unitId().map(HandlingUnitId::toString).orElse(null);
        entity.roles.retainAll(account.roles());
        entity.roles.addAll(account.roles());
        entity.passwordHash = account.passwordHash();
        entity.passwordChangedAt = account.passwordChangedAt();
        entity.oneTimePassword = account.oneTimePassword();
        if (!entity.previousPasswordHashes.equals(account.previousPasswordHashes())) {
            entity.previousPasswordHashes.clear();
            entity.previousPasswordHashes.addAll(account.previousPasswordHashes());
        }
        entity.failedSignIns = account.failedSignIns();
        entity.lockedUntil = account.lockedUntil().orElse(null);
        Optional<TotpSecret> stored = Optional.ofNullable(entity.secondFactor).map(protection::decrypt).map(TotpSecret::ofBase32);
        if (!stored.equals(account.secondFactor())) {
            entity.secondFactor = account.secondFactor().map(TotpSecret::base32).map(protection::encrypt).orElse(null);
        }
        entity.lastSecondFactorStep = account.lastSecondFactorStep();
        entity.enabled = account.enabled();
        entity.demo = account.demo();
        entity.lastSignInAt = account.lastSignInAt().orElse(null);
    }

    @Override
    public UserAccount toDomain(UserAccountEntity e) {
        return new UserAccount(UserId.parse(e.id), e.username, e.displayName, CommitteeId.parse(e.committeeId), e.roles,
                Optional.ofNullable(e.memberId).map(MemberId::parse), Optional.ofNullable(e.unitId).map(HandlingUnitId::parse), e.passwordHash,
                e.passwordChangedAt, e.oneTimePassword, e.previousPasswordHashes, e.failedSignIns, Optional.ofNullable(e.lockedUntil),
                Optional.ofNullable(e.secondFactor).map(protection::decrypt).map(TotpSecret::ofBase32), e.lastSecondFactorStep, e.enabled, e.demo,
                Optional.ofNullable(e.lastSignInAt), e.version);
    }

    @Override
    public String idOf(UserAccount account) {
        return account.id().toString();
    }

    @Override
    public long versionOf(UserAccount account) {
        return account.version();
    }

    @Override
    public long entityVersion(UserAccountEntity entity) {
        return entity.version;
    }

    @Override
    public DomainException duplicate(UserAccount account) {
        return new DuplicateException("user.username.duplicate", "username", account.username());
    }
}
