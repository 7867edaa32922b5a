package org.xieshang.domain.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.duty.DutyReport;
import org.xieshang.domain.duty.DutyReportId;
import org.xieshang.domain.duty.DutyReportKind;
import org.xieshang.domain.duty.DutyReportStatus;
import org.xieshang.domain.duty.DutyReports;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** Duty reports kept in memory. Thread-safe. */
public final class InMemoryDutyReports implements DutyReports {

    private final InMemoryStore<DutyReportId, DutyReport> store = new InMemoryStore<>("duty-report", new InMemoryStore.Shape<>() {
        @Override
        public DutyReportId idOf(DutyReport r) {
            return r.id();
        }

        @Override
        public long versionOf(DutyReport r) {
            return r.version();
        }

        @Override
        public DutyReport withVersion(DutyReport r, long version) {
            return DutyReport.restore(r.id(), r.committeeId(), r.memberId(), r.year(), r.kind(), r.text(), r.status(), r.submittedAt(), r.reviewedBy(),
                    r.reviewComment(), version);
        }
    });

    @Override
    public Optional<DutyReport> find(DutyReportId id) {
        return store.find(id);
    }

    @Override
    public Optional<DutyReport> find(MemberId memberId, int year, DutyReportKind kind) {
        return store.filter(r -> r.memberId().equals(memberId) && r.year() == year && r.kind() == kind).stream().findFirst();
    }

    @Override
    public DutyReport save(DutyReport report) {
        return store.save(report, others -> {
            if (others.stream().anyMatch(o -> o.memberId().equals(report.memberId()) && o.year() == report.year() && o.kind() == report.kind())) {
                throw new DuplicateException("report.duplicate", "kind", report.kind(), report.year());
            }
        });
    }

    @Override
    public Page<DutyReport> search(CommitteeId committeeId, int year, DutyReportStatus status, PageRequest request) {
        return Page.of(store.filter(r -> r.committeeId().equals(committeeId) && r.year() == year && (status == null || r.status() == status)).stream()
                .sorted(Comparator.comparing((DutyReport r) -> r.submittedAt().orElse(Instant.MAX)).thenComparing(r -> r.id().value())).toList(),
                request);
    }
}
