package org.xieshang.app.infrastructure.jpa;

import java.util.LinkedHashSet;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.sector.SectorGroup;
import org.xieshang.domain.sector.SectorGroupId;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.NameCollation;

/** Maps sector activity groups to and from {@link SectorGroupEntity}. */
final class SectorGroupMapper implements Mapping<SectorGroupEntity, SectorGroup> {

    @Override
    public String kind() {
        return "sector-group";
    }

    @Override
    public Class<SectorGroupEntity> entityType() {
        return SectorGroupEntity.class;
    }

    @Override
    public SectorGroupEntity newEntity() {
        return new SectorGroupEntity();
    }

    @Override
    public void copy(SectorGroup group, SectorGroupEntity entity) {
        entity.id = group.id().toString();
        entity.committeeId = group.committeeId().toString();
        entity.name = group.name();
        entity.nameSortKey = NameCollation.sortKey(group.name());
        entity.leaderId = group.leaderId().map(MemberId::toString).orElse(null);
        entity.sectorIds.clear();
        group.sectorIds().forEach(id -> entity.sectorIds.add(id.toString()));
    }

    @Override
    public SectorGroup toDomain(SectorGroupEntity entity) {
        LinkedHashSet<SectorId> sectors = new LinkedHashSet<>();
        entity.sectorIds.forEach(id -> sectors.add(SectorId.parse(id)));
        return SectorGroup.restore(SectorGroupId.parse(entity.id), CommitteeId.parse(entity.committeeId), entity.name, sectors,
                entity.leaderId == null ? null : MemberId.parse(entity.leaderId), entity.version);
    }

    @Override
    public String idOf(SectorGroup group) {
        return group.id().toString();
    }

    @Override
    public long versionOf(SectorGroup group) {
        return group.version();
    }

    @Override
    public long entityVersion(SectorGroupEntity entity) {
        return entity.version;
    }

    @Override
    public DomainException duplicate(SectorGroup group) {
        return new ConcurrentUpdateException("sector-group", group.id(), group.version());
    }
}
