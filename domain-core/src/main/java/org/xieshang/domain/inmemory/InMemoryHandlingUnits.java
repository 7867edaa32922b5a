package org.xieshang.domain.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.NameCollation;

/** Handling units kept in memory. Thread-safe. */
public final class InMemoryHandlingUnits implements HandlingUnits {

    private final InMemoryStore<HandlingUnitId, HandlingUnit> store = new InMemoryStore<>("handling-unit",
            new InMemoryStore.Shape<>() {
                @Override
                public HandlingUnitId idOf(HandlingUnit u) {
                    return u.id();
                }

                @Override
                public long versionOf(HandlingUnit u) {
                    return u.version();
                }

                @Override
                public HandlingUnit withVersion(HandlingUnit u, long version) {
                    return HandlingUnit.restore(u.id(), u.committeeId(), u.name(), u.kind(), u.contactPerson().orElse(null),
                            u.contactPhone().orElse(null), u.active(), version);
                }
            });

    @Override
    public Optional<HandlingUnit> find(HandlingUnitId id) {
        return store.find(id);
    }

    @Override
    public HandlingUnit save(HandlingUnit unit) {
        return store.save(unit, others -> {
            if (others.stream().anyMatch(o -> o.committeeId().equals(unit.committeeId()) && o.name().equals(unit.name()))) {
                throw new DuplicateException("handling-unit.name.duplicate", "name", unit.name());
            }
        });
    }

    @Override
    public List<HandlingUnit> ofCommittee(CommitteeId committeeId, boolean activeOnly) {
        return store.filter(u -> u.committeeId().equals(committeeId) && (u.active() || !activeOnly)).stream()
                .sorted(Comparator.comparing(HandlingUnit::name, NameCollation.pinyinOrder()))
                .toList();
    }
}
