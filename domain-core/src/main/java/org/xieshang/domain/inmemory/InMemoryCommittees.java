package org.xieshang.domain.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.shared.NameCollation;

/** Committees kept in memory: for tests, examples and trials. Thread-safe. */
public final class InMemoryCommittees implements Committees {

    private final InMemoryStore<CommitteeId, Committee> store = new InMemoryStore<>("committee", new InMemoryStore.Shape<>() {
        @Override
        public CommitteeId idOf(Committee c) {
            return c.id();
        }

        @Override
        public long versionOf(Committee c) {
            return c.version();
        }

        @Override
        public Committee withVersion(Committee c, long version) {
            return Committee.restore(c.id(), c.name(), c.level(), c.parentId().orElse(null), c.region(), c.terms(), version);
        }
    });

    @Override
    public Optional<Committee> find(CommitteeId id) {
        return store.find(id);
    }

    @Override
    public Committee save(Committee committee) {
        return store.save(committee);
    }

    @Override
    public List<Committee> all() {
        return store.filter(c -> true).stream()
                .sorted(Comparator.comparing(Committee::level).thenComparing(Committee::name, NameCollation.pinyinOrder()))
                .toList();
    }

    @Override
    public List<Committee> childrenOf(CommitteeId parentId) {
        return store.filter(c -> c.parentId().filter(parentId::equals).isPresent()).stream()
                .sorted(Comparator.comparing(Committee::name, NameCollation.pinyinOrder()))
                .toList();
    }
}
