package org.xieshang.domain.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportId;
import org.xieshang.domain.socialreport.SocialReportQuery;
import org.xieshang.domain.socialreport.SocialReports;

/** Social-condition reports kept in memory. Thread-safe. */
public final class InMemorySocialReports implements SocialReports {

    /** In the order they were handed in, drafts last, then by title: the register's order. */
    static final Comparator<SocialReport> REGISTER_ORDER = Comparator
            .comparing((SocialReport r) -> r.submittedAt().orElse(Instant.MAX))
            .thenComparing(r -> r.content().title())
            .thenComparing(r -> r.id().toString());

    private final InMemoryStore<SocialReportId, SocialReport> store = new InMemoryStore<>("social-report", new InMemoryStore.Shape<>() {
        @Override
        public SocialReportId idOf(SocialReport report) {
            return report.id();
        }

        @Override
        public long versionOf(SocialReport report) {
            return report.version();
        }

        @Override
        public SocialReport withVersion(SocialReport report, long version) {
            return report.withVersion(version);
        }
    });

    @Override
    public Optional<SocialReport> find(SocialReportId id) {
        return store.find(id);
    }

    @Override
    public SocialReport save(SocialReport report) {
        return store.save(report);
    }

    @Override
    public Page<SocialReport> search(SocialReportQuery query, PageRequest request) {
        return Page.of(store.filter(query::matches).stream().sorted(REGISTER_ORDER).toList(), request);
    }
}
