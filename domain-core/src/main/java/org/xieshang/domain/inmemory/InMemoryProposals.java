package org.xieshang.domain.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.proposal.BundleId;
import org.xieshang.domain.proposal.Handling;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalId;
import org.xieshang.domain.proposal.ProposalQuery;
import org.xieshang.domain.proposal.Proposals;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** Proposals kept in memory. Thread-safe. */
public final class InMemoryProposals implements Proposals {

    /** By filing number, unfiled ones after, then by title: the register's order. */
    static final Comparator<Proposal> REGISTER_ORDER = Comparator
            .comparing((Proposal p) -> p.number().orElse(Integer.MAX_VALUE))
            .thenComparing(p -> p.content().title())
            .thenComparing(p -> p.id().toString());

    private final InMemoryStore<ProposalId, Proposal> store = new InMemoryStore<>("proposal", new InMemoryStore.Shape<>() {
        @Override
        public ProposalId idOf(Proposal proposal) {
            return proposal.id();
        }

        @Override
        public long versionOf(Proposal proposal) {
            return proposal.version();
        }

        @Override
        public Proposal withVersion(Proposal proposal, long version) {
            return proposal.withVersion(version);
        }
    });

    @Override
    public Optional<Proposal> find(ProposalId id) {
        return store.find(id);
    }

    @Override
    public Proposal save(Proposal proposal) {
        return store.save(proposal, others -> proposal.number().ifPresent(number -> {
            if (others.stream().anyMatch(o -> o.committeeId().equals(proposal.committeeId()) && o.year() == proposal.year()
                    && o.number().equals(proposal.number()))) {
                throw new DuplicateException("proposal.number.duplicate", "number", number);
            }
        }));
    }

    @Override
    public Page<Proposal> search(ProposalQuery query, PageRequest request) {
        return Page.of(all(query), request);
    }

    @Override
    public List<Proposal> all(ProposalQuery query) {
        return store.filter(query::matches).stream().sorted(REGISTER_ORDER).toList();
    }

    @Override
    public List<Proposal> inBundle(BundleId bundle) {
        return store.filter(p -> p.handling().flatMap(Handling::bundle).filter(bundle::equals).isPresent()).stream().sorted(REGISTER_ORDER).toList();
    }

    @Override
    public int highestNumber(CommitteeId committeeId, int year) {
        return store.filter(p -> p.committeeId().equals(committeeId) && p.year() == year).stream()
                .flatMap(p -> p.number().stream()).mapToInt(Integer::intValue).max().orElse(0);
    }
}
