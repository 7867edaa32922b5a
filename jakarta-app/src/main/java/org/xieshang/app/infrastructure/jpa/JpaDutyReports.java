package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.duty.DutyReport;
import org.xieshang.domain.duty.DutyReportId;
import org.xieshang.domain.duty.DutyReportKind;
import org.xieshang.domain.duty.DutyReportStatus;
import org.xieshang.domain.duty.DutyReports;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** Members' duty reports stored with JPA. Runs inside the caller's transaction. */
public final class JpaDutyReports implements DutyReports {

    private static final Mapper MAPPER = new Mapper();

    private final EntityManager em;
    private final AggregateStore<DutyReportEntity, DutyReport> store;

    /** @param em the entity manager, not null */
    public JpaDutyReports(EntityManager em) {
        this.em = em;
        this.store = new AggregateStore<>(em, MAPPER);
    }

    @Override
    public Optional<DutyReport> find(DutyReportId id) {
        return store.find(id.toString());
    }

    @Override
    public Optional<DutyReport> find(MemberId memberId, int year, DutyReportKind kind) {
        return em.createQuery("SELECT r FROM DutyReportEntity r WHERE r.memberId = :member AND r.year = :year AND r.kind = :kind", DutyReportEntity.class)
                .setParameter("member", memberId.toString())
                .setParameter("year", year)
                .setParameter("kind", kind)
                .getResultList().stream().findFirst().map(MAPPER::toDomain);
    }

    @Override
    public DutyReport save(DutyReport report) {
        return store.save(report);
    }

    @Override
    public Page<DutyReport> search(CommitteeId committeeId, int year, DutyReportStatus status, PageRequest request) {
        Conditions conditions = new Conditions("r.committeeId = :committee", "committee", committeeId.toString())
                .and("r.year = :year", "year", year)
                .and("r.status = :status", "status", status);
        long total = conditions.bind(em.createQuery("SELECT COUNT(r) FROM DutyReportEntity r" + conditions.where(), Long.class)).getSingleResult();
        // Oldest submission first; drafts (never submitted) last.
        List<DutyReport> items = conditions.bind(em.createQuery("SELECT r FROM DutyReportEntity r" + conditions.where()
                        + " ORDER BY CASE WHEN r.submittedAt IS NULL THEN 1 ELSE 0 END, r.submittedAt, r.id", DutyReportEntity.class))
                .setFirstResult((int) request.offset()).setMaxResults(request.size())
                .getResultList().stream().map(MAPPER::toDomain).toList();
        return new Page<>(items, request, total);
    }

    /** Maps reports to and from their entity. */
    private static final class Mapper implements Mapping<DutyReportEntity, DutyReport> {

        @Override
        public String kind() {
            return "duty-report";
        }

        @Override
        public Class<DutyReportEntity> entityType() {
            return DutyReportEntity.class;
        }

        @Override
        public DutyReportEntity newEntity() {
            return new DutyReportEntity();
        }

        @Override
        public void copy(DutyReport report, DutyReportEntity entity) {
            entity.id = report.id().toString();
            entity.committeeId = report.committeeId().toString();
            entity.memberId = report.memberId().toString();
            entity.year = report.year();
            entity.kind = report.kind();
            entity.text = report.text();
            entity.status = report.status();
            entity.submittedAt = report.submittedAt().orElse(null);
            entity.reviewedBy = report.reviewedBy().orElse(null);
            entity.reviewComment = report.reviewComment().orElse(null);
        }

        @Override
        public DutyReport toDomain(DutyReportEntity e) {
            return DutyReport.restore(DutyReportId.parse(e.id), CommitteeId.parse(e.committeeId), MemberId.parse(e.memberId), e.year, e.kind, e.text,
                    e.status, Optional.ofNullable(e.submittedAt), Optional.ofNullable(e.reviewedBy), Optional.ofNullable(e.reviewComment), e.version);
        }

        @Override
        public String idOf(DutyReport report) {
            return report.id().toString();
        }

        @Override
        public long versionOf(DutyReport report) {
            return report.version();
        }

        @Override
        public long entityVersion(DutyReportEntity entity) {
            return entity.version;
        }

        @Override
        public DomainException duplicate(DutyReport report) {
            return new DuplicateException("report.duplicate", "kind", report.kind(), report.year());
        }
    }
}
