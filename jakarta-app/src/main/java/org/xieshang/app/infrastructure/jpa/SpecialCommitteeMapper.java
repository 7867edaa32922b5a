package org.xieshang.app.infrastructure.jpa;

import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.NameCollation;
import org.xieshang.domain.specialcommittee.SpecialCommittee;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/** Maps special committees to and from {@link SpecialCommitteeEntity}. */
final class SpecialCommitteeMapper implements Mapping<SpecialCommitteeEntity, SpecialCommittee> {

    @Override
    public String kind() {
        return "special-committee";
    }

    @Override
    public Class<SpecialCommitteeEntity> entityType() {
        return SpecialCommitteeEntity.class;
    }

    @Override
    public SpecialCommitteeEntity newEntity() {
        return new SpecialCommitteeEntity();
    }

    @Override
    public void copy(SpecialCommittee special, SpecialCommitteeEntity entity) {
        entity.id = special.id().toString();
        entity.committeeId = special.committeeId().toString();
        entity.name = special.name();
        entity.nameSortKey = NameCollation.sortKey(special.name());
        entity.directorId = special.directorId().map(MemberId::toString).orElse(null);
        entity.onePerson = special.onePerson();
    }

    @Override
    public SpecialCommittee toDomain(SpecialCommitteeEntity entity) {
        return SpecialCommittee.restore(SpecialCommitteeId.parse(entity.id), CommitteeId.parse(entity.committeeId), entity.name,
                entity.directorId == null ? null : MemberId.parse(entity.directorId), entity.onePerson, entity.version);
    }

    @Override
    public String idOf(SpecialCommittee special) {
        return special.id().toString();
    }

    @Override
    public long versionOf(SpecialCommittee special) {
        return special.version();
    }

    @Override
    public long entityVersion(SpecialCommitteeEntity entity) {
        return entity.version;
    }

    @Override
    public DomainException duplicate(SpecialCommittee special) {
        return new DuplicateException("special-committee.name.duplicate", "name", special.name());
    }
}
