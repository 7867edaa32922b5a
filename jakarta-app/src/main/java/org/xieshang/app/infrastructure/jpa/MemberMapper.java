package org.xieshang.app.infrastructure.jpa;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.app.infrastructure.crypto.PersonalDataProtection;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.DecisionId;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberCode;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.MemberProfile;
import org.xieshang.domain.member.MembershipDecision;
import org.xieshang.domain.member.PhoneNumber;
import org.xieshang.domain.member.ResidentIdNumber;
import org.xieshang.domain.member.StandingRole;
import org.xieshang.domain.member.TermMembership;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.NameCollation;

/**
 * Maps members, with memberships, standing roles and decisions, to and from {@link MemberEntity}; resident ID
 * and mobile numbers are stored encrypted with a blind index.
 */
final class MemberMapper implements Mapping<MemberEntity, Member> {

    private final PersonalDataProtection protection;

    MemberMapper(PersonalDataProtection protection) {
        this.protection = protection;
    }

    @Override
    public String kind() {
        return "member";
    }

    @Override
    public Class<MemberEntity> entityType() {
        return MemberEntity.class;
    }

    @Override
    public MemberEntity newEntity() {
        return new MemberEntity();
    }

    @Override
    public void copy(Member member, MemberEntity entity) {
        MemberProfile p = member.profile();
        entity.id = member.id().toString();
        entity.committeeId = member.committeeId().toString();
        entity.code = member.code().value();
        entity.name = p.name();
        entity.nameSortKey = NameCollation.sortKey(p.name());
        entity.gender = p.gender();
        entity.ethnicity = p.ethnicity();
        entity.dateOfBirth = p.dateOfBirth();
        entity.party = p.party();
        String residentId = p.residentIdNumber().map(ResidentIdNumber::value).orElse(null);
        if (!Objects.equals(residentId, protection.decrypt(entity.residentIdCipher))) { // keep the stored cipher text when unchanged
            entity.residentIdCipher = protection.encrypt(residentId);
            entity.residentIdIndex = protection.index(PersonalNumbers.RESIDENT_ID, residentId);
        }
        entity.region = p.region().orElse(null);
        entity.workUnit = p.workUnit();
        entity.post = p.post().orElse(null);
        String mobile = p.mobile().map(PhoneNumber::value).orElse(null);
        if (!Objects.equals(mobile, protection.decrypt(entity.mobileCipher))) {
            entity.mobileCipher = protection.encrypt(mobile);
            entity.mobileIndex = protection.index(PersonalNumbers.MOBILE, mobile);
        }
        entity.email = p.email().orElse(null);
        entity.address = p.address().orElse(null);
        entity.memberships.clear();
        entity.standingRoles.clear();
        for (TermMembership membership : member.memberships()) {
            entity.memberships.add(membershipRow(membership));
            for (StandingRole role : membership.standingRoles()) {
                MemberEntity.StandingRoleRow row = new MemberEntity.StandingRoleRow();
                row.termNumber = membership.termNumber();
                row.fromInclusive = role.fromInclusive();
                row.untilInclusive = role.untilInclusive().orElse(null);
                entity.standingRoles.add(row);
            }
        }
        entity.decisions.clear();
        member.decisions().forEach(d -> entity.decisions.add(decisionRow(d)));
    }

    private static MemberEntity.MembershipRow membershipRow(TermMembership membership) {
        MemberEntity.MembershipRow row = new MemberEntity.MembershipRow();
        row.termNumber = membership.termNumber();
        row.sectorId = membership.sectorId().toString();
        row.kind = membership.kind();
        row.status = membership.status();
        row.sinceInclusive = membership.sinceInclusive();
        row.endedOn = membership.endedOn().orElse(null);
        row.current = membership.status().isCurrent();
        row.standing = membership.isStanding();
        return row;
    }

    private static MemberEntity.DecisionRow decisionRow(MembershipDecision decision) {
        MemberEntity.DecisionRow row = new MemberEntity.DecisionRow();
        row.id = decision.id().toString();
        row.kind = decision.kind();
        row.termNumber = decision.termNumber();
        row.sectorId = decision.sectorId().map(SectorId::toString).orElse(null);
        row.decidedBy = decision.decidedBy();
        row.decidedOn = decision.decidedOn();
        row.effectiveOn = decision.effectiveOn();
        row.grounds = decision.grounds();
        row.documentNumber = decision.documentNumber().orElse(null);
        row.recordedAtUtc = LocalDateTime.ofInstant(decision.recordedAt(), ZoneOffset.UTC);
        return row;
    }

    @Override
    public Member toDomain(MemberEntity entity) {
        MemberProfile profile = MemberProfile.builder()
                .name(entity.name).gender(entity.gender).ethnicity(entity.ethnicity).dateOfBirth(entity.dateOfBirth).party(entity.party)
                .residentIdNumber(entity.residentIdCipher == null ? null : ResidentIdNumber.parse(protection.decrypt(entity.residentIdCipher)))
                .region(entity.region).workUnit(entity.workUnit).post(entity.post)
                .mobile(entity.mobileCipher == null ? null : PhoneNumber.parse(protection.decrypt(entity.mobileCipher), "mobile"))
                .email(entity.email).address(entity.address)
                .build();
        List<TermMembership> memberships = entity.memberships.stream()
                .map(row -> new TermMembership(row.termNumber, SectorId.parse(row.sectorId), row.kind, row.status, row.sinceInclusive,
                        Optional.ofNullable(row.endedOn), standingRoles(entity, row.termNumber)))
                .toList();
        List<MembershipDecision> decisions = entity.decisions.stream()
                .map(row -> new MembershipDecision(DecisionId.parse(row.id), row.kind, row.termNumber,
                        Optional.ofNullable(row.sectorId).map(SectorId::parse), row.decidedBy, row.decidedOn, row.effectiveOn, row.grounds,
                        Optional.ofNullable(row.documentNumber), row.recordedAtUtc.toInstant(ZoneOffset.UTC)))
                .toList();
        return Member.restore(MemberId.parse(entity.id), CommitteeId.parse(entity.committeeId), MemberCode.of(entity.code), profile,
                memberships, decisions, entity.version);
    }

    private static List<StandingRole> standingRoles(MemberEntity entity, int termNumber) {
        return entity.standingRoles.stream()
                .filter(row -> row.termNumber == termNumber)
                .sorted(Comparator.comparing(row -> row.fromInclusive))
                .map(row -> new StandingRole(row.fromInclusive, Optional.ofNullable(row.untilInclusive)))
                .toList();
    }

    @Override
    public String idOf(Member member) {
        return member.id().toString();
    }

    @Override
    public long versionOf(Member member) {
        return member.version();
    }

    @Override
    public long entityVersion(MemberEntity entity) {
        return entity.version;
    }

    @Override
    public DomainException duplicate(Member member) {
        return new DuplicateException("member.code.duplicate", "code", member.code().value());
    }
}
