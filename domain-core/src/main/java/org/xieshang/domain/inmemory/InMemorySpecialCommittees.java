package org.xieshang.domain.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.NameCollation;
import org.xieshang.domain.specialcommittee.SpecialCommittee;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;
import org.xieshang.domain.specialcommittee.SpecialCommittees;

/** Special committees kept in memory. Thread-safe. */
public final class InMemorySpecialCommittees implements SpecialCommittees {

    private final InMemoryStore<SpecialCommitteeId, SpecialCommittee> store = new InMemoryStore<>("special-committee",
            new InMemoryStore.Shape<>() {
                @Override
                public SpecialCommitteeId idOf(SpecialCommittee s) {
                    return s.id();
                }

                @Override
                public long versionOf(SpecialCommittee s) {
                    return s.version();
                }

                @Override
                public SpecialCommittee withVersion(SpecialCommittee s, long version) {
                    return SpecialCommittee.restore(s.id(), s.committeeId(), s.name(), s.directorId().orElse(null), s.onePerson(), version);
                }
            });

    @Override
    public Optional<SpecialCommittee> find(SpecialCommitteeId id) {
        return store.find(id);
    }

    @Override
    public SpecialCommittee save(SpecialCommittee specialCommittee) {
        return store.save(specialCommittee, others -> {
            if (others.stream().anyMatch(o -> o.committeeId().equals(specialCommittee.committeeId())
                    && o.name().equals(specialCommittee.name()))) {
                throw new DuplicateException("special-committee.name.duplicate", "name", specialCommittee.name());
            }
        });
    }

    @Override
    public List<SpecialCommittee> listOf(CommitteeId committeeId) {
        return store.filter(s -> s.committeeId().equals(committeeId)).stream()
                .sorted(Comparator.comparing(SpecialCommittee::name, NameCollation.pinyinOrder()))
                .toList();
    }
}
