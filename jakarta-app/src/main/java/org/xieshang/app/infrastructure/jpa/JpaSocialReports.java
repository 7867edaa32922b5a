package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportId;
import org.xieshang.domain.socialreport.SocialReportQuery;
import org.xieshang.domain.socialreport.SocialReports;

/** Social-condition reports stored with JPA, one row each with its document. Runs inside the caller's transaction. */
public final class JpaSocialReports implements SocialReports {

    private static final Mapper MAPPER = new Mapper();
    /** In the order handed in (drafts last, as both databases sort NULL after timestamps), then title. */
    private static final String ORDER = " ORDER BY r.submittedAt, r.title, r.id";

    private final EntityManager em;
    private final AggregateStore<SocialReportEntity, SocialReport> store;

    /** @param em the entity manager, not null */
    public JpaSocialReports(EntityManager em) {
        this.em = em;
        this.store = new AggregateStore<>(em, MAPPER);
    }

    @Override
    public Optional<SocialReport> find(SocialReportId id) {
        return store.find(id.toString());
    }

    @Override
    public SocialReport save(SocialReport report) {
        return store.save(report);
    }

    @Override
    public Page<SocialReport> search(SocialReportQuery query, PageRequest request) {
        Conditions where = where(query);
        long total = where.bind(em.createQuery("SELECT COUNT(r) FROM SocialReportEntity r" + where.where(), Long.class)).getSingleResult();
        if (total <= request.offset()) {
            return new Page<>(List.of(), request, total);
        }
        TypedQuery<SocialReportEntity> select = where.bind(em.createQuery("SELECT r FROM SocialReportEntity r" + where.where() + ORDER,
                SocialReportEntity.class)).setFirstResult((int) request.offset()).setMaxResults(request.size());
        // A listing only reads: keep the entities out of the unit of work.
        return new Page<>(select.setHint("eclipselink.read-only", "true").getResultList().stream().map(MAPPER::toDomain).toList(), request, total);
    }

    private static Conditions where(SocialReportQuery query) {
        Conditions where = new Conditions("r.committeeId = :committee", "committee", query.committeeId().toString())
                .and("r.year = :year", "year", query.year())
                .and("r.status IN :statuses", "statuses", query.statuses().isEmpty() ? null : query.statuses().stream().map(Enum::name).toList())
                .and("r.category = :category", "category", query.category().map(Enum::name).orElse(null));
        query.memberId().map(MemberId::toString).ifPresent(member -> where.and("(r.submitterId = :member OR r.coAuthorIds LIKE :memberLike)",
                Map.of("member", member, "memberLike", "%" + member + "%")));
        return where;
    }

    /** Maps reports to and from their entity. */
    private static final class Mapper implements Mapping<SocialReportEntity, SocialReport> {

        @Override
        public String kind() {
            return "social-report";
        }

        @Override
        public Class<SocialReportEntity> entityType() {
            return SocialReportEntity.class;
        }

        @Override
        public SocialReportEntity newEntity() {
            return new SocialReportEntity();
        }

        @Override
        public void copy(SocialReport report, SocialReportEntity entity) {
            entity.id = report.id().toString();
            entity.committeeId = report.committeeId().toString();
            entity.year = report.year();
            entity.status = report.status().name();
            entity.submitterId = report.submitter().toString();
            entity.coAuthorIds = report.coAuthors().isEmpty() ? null : TextCodec.list(report.coAuthors().stream().map(Object::toString).toList());
            entity.title = report.content().title();
            entity.category = report.content().category().name();
            entity.originProposalId = report.origin().map(Object::toString).orElse(null);
            entity.submittedAt = report.submittedAt().orElse(null);
            entity.document = SocialReportDocument.write(report);
        }

        @Override
        public SocialReport toDomain(SocialReportEntity entity) {
            return SocialReportDocument.read(entity.document, entity.version);
        }

        @Override
        public String idOf(SocialReport report) {
            return report.id().toString();
        }

        @Override
        public long versionOf(SocialReport report) {
            return report.version();
        }

        @Override
        public long entityVersion(SocialReportEntity entity) {
            return entity.version;
        }

        @Override
        public DomainException duplicate(SocialReport report) {
            // No unique key but the primary one: two first saves of one report raced, the later without reading the earlier.
            return new ConcurrentUpdateException(kind(), idOf(report), report.version());
        }
    }
}
