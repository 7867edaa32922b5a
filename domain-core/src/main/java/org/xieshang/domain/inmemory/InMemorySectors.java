package org.xieshang.domain.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.sector.Sectors;
import org.xieshang.domain.shared.DuplicateException;

/** Sectors kept in memory. Thread-safe. */
public final class InMemorySectors implements Sectors {

    private final InMemoryStore<SectorId, Sector> store = new InMemoryStore<>("sector", new InMemoryStore.Shape<>() {
        @Override
        public SectorId idOf(Sector s) {
            return s.id();
        }

        @Override
        public long versionOf(Sector s) {
            return s.version();
        }

        @Override
        public Sector withVersion(Sector s, long version) {
            return Sector.restore(s.id(), s.committeeId(), s.name(), s.displayOrder(), version);
        }
    });

    @Override
    public Optional<Sector> find(SectorId id) {
        return store.find(id);
    }

    @Override
    public Sector save(Sector sector) {
        return store.save(sector, others -> {
            if (others.stream().anyMatch(o -> o.committeeId().equals(sector.committeeId()) && o.name().equals(sector.name()))) {
                throw new DuplicateException("sector.name.duplicate", "name", sector.name());
            }
        });
    }

    @Override
    public List<Sector> listOf(CommitteeId committeeId) {
        return store.filter(s -> s.committeeId().equals(committeeId)).stream()
                .sorted(Comparator.comparingInt(Sector::displayOrder).thenComparing(s -> s.id().value()))
                .toList();
    }
}
