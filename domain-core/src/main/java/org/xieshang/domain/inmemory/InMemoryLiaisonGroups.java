package org.xieshang.domain.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.liaison.LiaisonGroup;
import org.xieshang.domain.liaison.LiaisonGroupId;
import org.xieshang.domain.liaison.LiaisonGroups;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.NameCollation;

/** Member liaison groups kept in memory. Thread-safe. */
public final class InMemoryLiaisonGroups implements LiaisonGroups {

    private final InMemoryStore<LiaisonGroupId, LiaisonGroup> store = new InMemoryStore<>("liaison-group", new InMemoryStore.Shape<>() {
        @Override
        public LiaisonGroupId idOf(LiaisonGroup g) {
            return g.id();
        }

        @Override
        public long versionOf(LiaisonGroup g) {
            return g.version();
        }

        @Override
        public LiaisonGroup withVersion(LiaisonGroup g, long version) {
            return LiaisonGroup.restore(g.id(), g.committeeId(), g.name(), g.area(), g.leaderId().orElse(null), g.memberIds(), version);
        }
    });

    @Override
    public Optional<LiaisonGroup> find(LiaisonGroupId id) {
        return store.find(id);
    }

    @Override
    public LiaisonGroup save(LiaisonGroup group) {
        return store.save(group);
    }

    @Override
    public List<LiaisonGroup> listOf(CommitteeId committeeId) {
        return store.filter(g -> g.committeeId().equals(committeeId)).stream()
                .sorted(Comparator.comparing(LiaisonGroup::name, NameCollation.pinyinOrder()))
                .toList();
    }

    @Override
    public Optional<LiaisonGroup> findByMember(MemberId memberId) {
        return store.filter(g -> g.memberIds().contains(memberId)).stream().findFirst();
    }
}
