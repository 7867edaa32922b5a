package org.xieshang.domain.inmemory;

import java.util.Comparator;
import java.util.Optional;
import org.xieshang.domain.duty.discipline.Finding;
import org.xieshang.domain.duty.discipline.FindingId;
import org.xieshang.domain.duty.discipline.FindingKind;
import org.xieshang.domain.duty.discipline.FindingQuery;
import org.xieshang.domain.duty.discipline.Findings;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** Findings kept in memory. Thread-safe. */
public final class InMemoryFindings implements Findings {

    private final InMemoryStore<FindingId, Finding> store = new InMemoryStore<>("finding", new InMemoryStore.Shape<>() {
        @Override
        public FindingId idOf(Finding f) {
            return f.id();
        }

        @Override
        public long versionOf(Finding f) {
            return f.version();
        }

        @Override
        public Finding withVersion(Finding f, long version) {
            return Finding.restore(f.id(), f.committeeId(), f.memberId(), f.termNumber(), f.year(), f.found(), f.raisedAt(), f.decision(), version);
        }
    });

    @Override
    public Optional<Finding> find(FindingId id) {
        return store.find(id);
    }

    @Override
    public Optional<Finding> find(MemberId memberId, FindingKind kind, int year) {
        return store.filter(f -> f.memberId().equals(memberId) && f.kind() == kind && f.year() == year).stream().findFirst();
    }

    @Override
    public Finding save(Finding finding) {
        return store.save(finding, others -> {
            if (others.stream().anyMatch(o -> o.memberId().equals(finding.memberId()) && o.kind() == finding.kind() && o.year() == finding.year())) {
                throw new DuplicateException("finding.duplicate", "kind", finding.kind(), finding.year());
            }
        });
    }

    @Override
    public Page<Finding> search(FindingQuery query, PageRequest request) {
        return Page.of(store.filter(query::matches).stream()
                .sorted(Comparator.comparing(Finding::raisedAt).reversed().thenComparing(f -> f.id().value())).toList(), request);
    }
}
