package org.xieshang.app.infrastructure.jpa;

import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.NameCollation;
import org.xieshang.domain.workstation.Posting;
import org.xieshang.domain.workstation.Workstation;
import org.xieshang.domain.workstation.WorkstationId;

/** Maps member workstations, with their postings, to and from {@link WorkstationEntity}. */
final class WorkstationMapper implements Mapping<WorkstationEntity, Workstation> {

    @Override
    public String kind() {
        return "workstation";
    }

    @Override
    public Class<WorkstationEntity> entityType() {
        return WorkstationEntity.class;
    }

    @Override
    public WorkstationEntity newEntity() {
        return new WorkstationEntity();
    }

    @Override
    public void copy(Workstation workstation, WorkstationEntity entity) {
        entity.id = workstation.id().toString();
        entity.committeeId = workstation.committeeId().toString();
        entity.name = workstation.name();
        entity.nameSortKey = NameCollation.sortKey(workstation.name());
        entity.place = workstation.place();
        entity.placeKind = workstation.placeKind();
        entity.headName = workstation.headName().orElse(null);
        entity.headPost = workstation.headPost().orElse(null);
        entity.postings.clear();
        for (Posting posting : workstation.postings()) {
            WorkstationEntity.PostingRow row = new WorkstationEntity.PostingRow();
            row.memberId = posting.memberId().toString();
            row.type = posting.type();
            row.sinceInclusive = posting.sinceInclusive();
            entity.postings.add(row);
        }
    }

    @Override
    public Workstation toDomain(WorkstationEntity entity) {
        return Workstation.restore(WorkstationId.parse(entity.id), CommitteeId.parse(entity.committeeId), entity.name, entity.place,
                entity.placeKind, entity.headName, entity.headPost,
                entity.postings.stream().map(row -> new Posting(MemberId.parse(row.memberId), row.type, row.sinceInclusive)).toList(),
                entity.version);
    }

    @Override
    public String idOf(Workstation workstation) {
        return workstation.id().toString();
    }

    @Override
    public long versionOf(Workstation workstation) {
        return workstation.version();
    }

    @Override
    public long entityVersion(WorkstationEntity entity) {
        return entity.version;
    }

    @Override
    public DomainException duplicate(Workstation workstation) {
        return new ConcurrentUpdateException("workstation", workstation.id(), workstation.version());
    }
}
