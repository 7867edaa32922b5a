package org.xieshang.app.infrastructure.jpa;

import java.util.LinkedHashSet;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.liaison.LiaisonGroup;
import org.xieshang.domain.liaison.LiaisonGroupId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.NameCollation;

/** Maps member liaison groups to and from {@link LiaisonGroupEntity}. */
final class LiaisonGroupMapper implements Mapping<LiaisonGroupEntity, LiaisonGroup> {

    @Override
    public String kind() {
        return "liaison-group";
    }

    @Override
    public Class<LiaisonGroupEntity> entityType() {
        return LiaisonGroupEntity.class;
    }

    @Override
    public LiaisonGroupEntity newEntity() {
        return new LiaisonGroupEntity();
    }

    @Override
    public void copy(LiaisonGroup group, LiaisonGroupEntity entity) {
        entity.id = group.id().toString();
        entity.committeeId = group.committeeId().toString();
        entity.name = group.name();
        entity.nameSortKey = NameCollation.sortKey(group.name());
        entity.area = group.area();
        entity.leaderId = group.leaderId().map(MemberId::toString).orElse(null);
        entity.memberIds.clear();
        group.memberIds().forEach(id -> entity.memberIds.add(id.toString()));
    }

    @Override
    public LiaisonGroup toDomain(LiaisonGroupEntity entity) {
        LinkedHashSet<MemberId> members = new LinkedHashSet<>();
        entity.memberIds.forEach(id -> members.add(MemberId.parse(id)));
        return LiaisonGroup.restore(LiaisonGroupId.parse(entity.id), CommitteeId.parse(entity.committeeId), entity.name, entity.area,
                entity.leaderId == null ? null : MemberId.parse(entity.leaderId), members, entity.version);
    }

    @Override
    public String idOf(LiaisonGroup group) {
        return group.id().toString();
    }

    @Override
    public long versionOf(LiaisonGroup group) {
        return group.version();
    }

    @Override
    public long entityVersion(LiaisonGroupEntity entity) {
        return entity.version;
    }

    @Override
    public DomainException duplicate(LiaisonGroup group) {
        // The only unique key besides the identifier: a member is in at most one liaison group.
        return new DomainException("liaison.member.in-other-group", "memberId", "");
    }
}
