package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.xieshang.domain.member.DecisionKind;
import org.xieshang.domain.member.Ethnicity;
import org.xieshang.domain.member.Gender;
import org.xieshang.domain.member.MembershipKind;
import org.xieshang.domain.member.MembershipStatus;
import org.xieshang.domain.member.PartyAffiliation;

/**
 * Persistence model of {@link org.xieshang.domain.member.Member}; mapped by {@link MemberMapper}. The
 * membership rows carry two derived flags (current, standing) so that listings can filter in SQL.
 */
@Entity
@Table(name = "committee_member")
public class MemberEntity {

    @Id
    @Column(length = 36)
    String id;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(nullable = false, length = 20)
    String code;

    @Column(nullable = false, length = 50)
    String name;

    @Column(name = "name_sort_key", nullable = false, length = 800)
    String nameSortKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Ethnicity ethnicity;

    @Column(name = "date_of_birth", nullable = false)
    LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    PartyAffiliation party;

    /** Encrypted; see {@link org.xieshang.app.infrastructure.crypto.PersonalDataProtection}. */
    @Column(name = "resident_id_cipher", length = 200)
    String residentIdCipher;

    /** Blind index of the resident ID number, for exact search. */
    @Column(name = "resident_id_index", length = 64)
    String residentIdIndex;

    @Column(length = 100)
    String region;

    @Column(name = "work_unit", nullable = false, length = 100)
    String workUnit;

    @Column(length = 100)
    String post;

    /** Encrypted. */
    @Column(name = "mobile_cipher", length = 200)
    String mobileCipher;

    /** Blind index of the mobile number, for exact search. */
    @Column(name = "mobile_index", length = 64)
    String mobileIndex;

    @Column(length = 100)
    String email;

    @Column(length = 200)
    String address;

    @ElementCollection
    @CollectionTable(name = "membership", joinColumns = @JoinColumn(name = "member_id"))
    List<MembershipRow> memberships = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "standing_role", joinColumns = @JoinColumn(name = "member_id"))
    List<StandingRoleRow> standingRoles = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "membership_decision", joinColumns = @JoinColumn(name = "member_id"))
    @OrderColumn(name = "seq")
    List<DecisionRow> decisions = new ArrayList<>();

    @Version
    long version;

    /** One row of {@code membership}. */
    @Embeddable
    public static class MembershipRow {
        @Column(name = "term_number", nullable = false)
        int termNumber;
        @Column(name = "sector_id", nullable = false, length = 36)
        String sectorId;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 20)
        MembershipKind kind;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 30)
        MembershipStatus status;
        @Column(name = "since_date", nullable = false)
        LocalDate sinceInclusive;
        @Column(name = "ended_on")
        LocalDate endedOn;
        @Column(name = "is_current", nullable = false)
        @Convert(converter = FlagConverter.class)
        boolean current;
        @Column(name = "is_standing", nullable = false)
        @Convert(converter = FlagConverter.class)
        boolean standing;
    }

    /** One row of {@code standing_role}. */
    @Embeddable
    public static class StandingRoleRow {
        @Column(name = "term_number", nullable = false)
        int termNumber;
        @Column(name = "from_date", nullable = false)
        LocalDate fromInclusive;
        @Column(name = "until_date")
        LocalDate untilInclusive;
    }

    /** One row of {@code membership_decision}. */
    @Embeddable
    public static class DecisionRow {
        @Column(name = "decision_id", nullable = false, length = 36)
        String id;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 40)
        DecisionKind kind;
        @Column(name = "term_number", nullable = false)
        int termNumber;
        @Column(name = "sector_id", length = 36)
        String sectorId;
        @Column(name = "decided_by", nullable = false, length = 50)
        String decidedBy;
        @Column(name = "decided_on", nullable = false)
        LocalDate decidedOn;
        @Column(name = "effective_on", nullable = false)
        LocalDate effectiveOn;
        @Column(nullable = false, length = 1000)
        String grounds;
        @Column(name = "document_number", length = 50)
        String documentNumber;
        @Column(name = "recorded_at_utc", nullable = false)
        LocalDateTime recordedAtUtc;
    }
}
