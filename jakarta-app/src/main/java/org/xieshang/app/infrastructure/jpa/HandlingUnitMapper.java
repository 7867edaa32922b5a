package org.xieshang.app.infrastructure.jpa;

import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.NameCollation;

/** Maps handling units to and from {@link HandlingUnitEntity}. */
final class HandlingUnitMapper implements Mapping<HandlingUnitEntity, HandlingUnit> {

    @Override
    public String kind() {
        return "handling-unit";
    }

    @Override
    public Class<HandlingUnitEntity> entityType() {
        return HandlingUnitEntity.class;
    }

    @Override
    public HandlingUnitEntity newEntity() {
        return new HandlingUnitEntity();
    }

    @Override
    public void copy(HandlingUnit unit, HandlingUnitEntity entity) {
        entity.id = unit.id().toString();
        entity.committeeId = unit.committeeId().toString();
        entity.name = unit.name();
        entity.nameSortKey = NameCollation.sortKey(unit.name());
        entity.kind = unit.kind();
        entity.contactPerson = unit.contactPerson().orElse(null);
        entity.contactPhone = unit.contactPhone().orElse(null);
        entity.active = unit.active();
    }

    @Override
    public HandlingUnit toDomain(HandlingUnitEntity entity) {
        return HandlingUnit.restore(HandlingUnitId.parse(entity.id), CommitteeId.parse(entity.committeeId), entity.name, entity.kind,
                entity.contactPerson, entity.contactPhone, entity.active, entity.version);
    }

    @Override
    public String idOf(HandlingUnit unit) {
        return unit.id().toString();
    }

    @Override
    public long versionOf(HandlingUnit unit) {
        return unit.version();
    }

    @Override
    public long entityVersion(HandlingUnitEntity entity) {
        return entity.version;
    }

    @Override
    public DomainException duplicate(HandlingUnit unit) {
        return new DuplicateException("handling-unit.name.duplicate", "name", unit.name());
    }
}
