package org.xieshang.app.infrastructure.jpa;

import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DuplicateException;

/** Maps sectors to and from {@link SectorEntity}. */
final class SectorMapper implements Mapping<SectorEntity, Sector> {

    @Override
    public String kind() {
        return "sector";
    }

    @Override
    public Class<SectorEntity> entityType() {
        return SectorEntity.class;
    }

    @Override
    public SectorEntity newEntity() {
        return new SectorEntity();
    }

    @Override
    public void copy(Sector sector, SectorEntity entity) {
        entity.id = sector.id().toString();
        entity.committeeId = sector.committeeId().toString();
        entity.name = sector.name();
        entity.displayOrder = sector.displayOrder();
    }

    @Override
    public Sector toDomain(SectorEntity entity) {
        return Sector.restore(SectorId.parse(entity.id), CommitteeId.parse(entity.committeeId), entity.name, entity.displayOrder, entity.version);
    }

    @Override
    public String idOf(Sector sector) {
        return sector.id().toString();
    }

    @Override
    public long versionOf(Sector sector) {
        return sector.version();
    }

    @Override
    public long entityVersion(SectorEntity entity) {
        return entity.version;
    }

    @Override
    public DomainException duplicate(Sector sector) {
        return new DuplicateException("sector.name.duplicate", "name", sector.name());
    }
}
