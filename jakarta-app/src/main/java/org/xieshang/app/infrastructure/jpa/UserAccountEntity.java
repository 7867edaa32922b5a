package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xieshang.domain.security.Role;

/** Persistence model of {@link org.xieshang.domain.security.UserAccount}; mapped by {@link UserAccountMapper}. */
@Entity
@Table(name = "user_account")
public class UserAccountEntity {

    @Id
    @Column(length = 36)
    String id;

    @Column(nullable = false, length = 32)
    String username;

    @Column(name = "display_name", nullable = false, length = 50)
    String displayName;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(name = "member_id", length = 36)
    String memberId;

    @Column(name = "unit_id", length = 36)
    String unitId;

    @ElementCollection
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 40)
    Set<Role> roles = new HashSet<>();

    @Column(name = "password_hash", nullable = false, length = 300)
    String passwordHash;

    @Column(name = "password_changed_at", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant passwordChangedAt;

    @Column(name = "one_time_password", nullable = false)
    @Convert(converter = FlagConverter.class)
    boolean oneTimePassword;

    @ElementCollection
    @CollectionTable(name = "user_password_history", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "seq_no")
    @Column(name = "password_hash", nullable = false, length = 300)
    List<String> previousPasswordHashes = new ArrayList<>();

    @Column(name = "failed_sign_ins", nullable = false)
    int failedSignIns;

    @Column(name = "locked_until")
    @Convert(converter = UtcInstantConverter.class)
    Instant lockedUntil;

    /** The TOTP secret, encrypted like personal numbers. */
    @Column(name = "second_factor", length = 200)
    String secondFactor;

    @Column(name = "last_second_factor_step", nullable = false)
    long lastSecondFactorStep;

    @Column(nullable = false)
    @Convert(converter = FlagConverter.class)
    boolean enabled;

    @Column(nullable = false)
    @Convert(converter = FlagConverter.class)
    boolean demo;

    @Column(name = "last_sign_in_at")
    @Convert(converter = UtcInstantConverter.class)
    Instant lastSignInAt;

    @Version
    long version;
}
