package org.xieshang.domain.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.sector.SectorGroup;
import org.xieshang.domain.sector.SectorGroupId;
import org.xieshang.domain.sector.SectorGroups;
import org.xieshang.domain.shared.NameCollation;

/** Sector activity groups kept in memory. Thread-safe. */
public final class InMemorySectorGroups implements SectorGroups {

    private final InMemoryStore<SectorGroupId, SectorGroup> store = new InMemoryStore<>("sector-group", new InMemoryStore.Shape<>() {
        @Override
        public SectorGroupId idOf(SectorGroup g) {
            return g.id();
        }

        @Override
        public long versionOf(SectorGroup g) {
            return g.version();
        }

        @Override
        public SectorGroup withVersion(SectorGroup g, long version) {
            return SectorGroup.restore(g.id(), g.committeeId(), g.name(), g.sectorIds(), g.leaderId().orElse(null), version);
        }
    });

    @Override
    public Optional<SectorGroup> find(SectorGroupId id) {
        return store.find(id);
    }

    @Override
    public SectorGroup save(SectorGroup group) {
        return store.save(group);
    }

    @Override
    public List<SectorGroup> listOf(CommitteeId committeeId) {
        return store.filter(g -> g.committeeId().equals(committeeId)).stream()
                .sorted(Comparator.comparing(SectorGroup::name, NameCollation.pinyinOrder()))
                .toList();
    }
}
