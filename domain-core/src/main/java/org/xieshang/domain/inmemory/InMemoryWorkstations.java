package org.xieshang.domain.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.NameCollation;
import org.xieshang.domain.workstation.Workstation;
import org.xieshang.domain.workstation.WorkstationId;
import org.xieshang.domain.workstation.Workstations;

/** Member workstations kept in memory. Thread-safe. */
public final class InMemoryWorkstations implements Workstations {

    private final InMemoryStore<WorkstationId, Workstation> store = new InMemoryStore<>("workstation", new InMemoryStore.Shape<>() {
        @Override
        public WorkstationId idOf(Workstation w) {
            return w.id();
        }

        @Override
        public long versionOf(Workstation w) {
            return w.version();
        }

        @Override
        public Workstation withVersion(Workstation w, long version) {
            return Workstation.restore(w.id(), w.committeeId(), w.name(), w.place(), w.placeKind(), w.headName().orElse(null),
                    w.headPost().orElse(null), w.postings(), version);
        }
    });

    @Override
    public Optional<Workstation> find(WorkstationId id) {
        return store.find(id);
    }

    @Override
    public Workstation save(Workstation workstation) {
        return store.save(workstation);
    }

    @Override
    public List<Workstation> listOf(CommitteeId committeeId) {
        return store.filter(w -> w.committeeId().equals(committeeId)).stream()
                .sorted(Comparator.comparing(Workstation::name, NameCollation.pinyinOrder()))
                .toList();
    }
}
