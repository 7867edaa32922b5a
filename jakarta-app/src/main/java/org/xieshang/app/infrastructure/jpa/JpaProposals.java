package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.proposal.BundleId;
import org.xieshang.domain.proposal.CoSigner;
import org.xieshang.domain.proposal.Handling;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalId;
import org.xieshang.domain.proposal.ProposalQuery;
import org.xieshang.domain.proposal.ProposalStatus;
import org.xieshang.domain.proposal.Proposals;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** Proposals stored with JPA, one row each with its document. Runs inside the caller's transaction. */
public final class JpaProposals implements Proposals {

    private static final Mapper MAPPER = new Mapper();
    /** By filing number (unfiled ones last, as both databases sort NULL after numbers), then title. */
    private static final String ORDER = " ORDER BY p.filingNumber, p.title, p.id";

    private final EntityManager em;
    private final AggregateStore<ProposalEntity, Proposal> store;

    /** @param em the entity manager, not null */
    public JpaProposals(EntityManager em) {
        this.em = em;
        this.store = new AggregateStore<>(em, MAPPER);
    }

    @Override
    public Optional<Proposal> find(ProposalId id) {
        return store.find(id.toString());
    }

    @Override
    public Proposal save(Proposal proposal) {
        return store.save(proposal);
    }

    @Override
    public Page<Proposal> search(ProposalQuery query, PageRequest request) {
        Conditions where = where(query);
        long total = where.bind(em.createQuery("SELECT COUNT(p) FROM ProposalEntity p" + where.where(), Long.class)).getSingleResult();
        if (total <= request.offset()) {
            return new Page<>(List.of(), request, total);
        }
        TypedQuery<ProposalEntity> select = where.bind(em.createQuery("SELECT p FROM ProposalEntity p" + where.where() + ORDER, ProposalEntity.class))
                .setFirstResult((int) request.offset()).setMaxResults(request.size());
        return new Page<>(read(select), request, total);
    }

    @Override
    public List<Proposal> all(ProposalQuery query) {
        Conditions where = where(query);
        return read(where.bind(em.createQuery("SELECT p FROM ProposalEntity p" + where.where() + ORDER, ProposalEntity.class)));
    }

    @Override
    public List<Proposal> inBundle(BundleId bundle) {
        return read(em.createQuery("SELECT p FROM ProposalEntity p WHERE p.bundleId = :bundle" + ORDER, ProposalEntity.class)
                .setParameter("bundle", bundle.toString()));
    }

    @Override
    public int highestNumber(CommitteeId committeeId, int year) {
        Integer highest = em.createQuery("SELECT MAX(p.filingNumber) FROM ProposalEntity p WHERE p.committeeId = :committee AND p.year = :year",
                        Integer.class)
                .setParameter("committee", committeeId.toString()).setParameter("year", year).getSingleResult();
        return highest == null ? 0 : highest;
    }

    private static List<Proposal> read(TypedQuery<ProposalEntity> query) {
        // A listing only reads: keep the entities out of the unit of work.
        return query.setHint("eclipselink.read-only", "true").getResultList().stream().map(MAPPER::toDomain).toList();
    }

    private static Conditions where(ProposalQuery query) {
        Conditions where = new Conditions("p.committeeId = :committee", "committee", query.committeeId().toString())
                .and("p.year = :year", "year", query.year())
                .and("p.status IN :statuses", "statuses", query.statuses().isEmpty() ? null : query.statuses().stream().map(Enum::name).toList())
                .and("p.unitIds LIKE :unit", "unit", query.unitId().map(u -> "%" + u + "%").orElse(null))
                .and("p.category = :category", "category", query.category().map(Enum::name).orElse(null))
                .and("p.key = :key", "key", query.keyOnly() ? Boolean.TRUE : null);
        query.memberId().ifPresent(member -> where.and("(p.leadMemberId = :member OR p.coSignerIds LIKE :memberLike)",
                Map.of("member", member.toString(), "memberLike", "%" + member + "%")));
        query.overdueOn().ifPresent(today -> where.and("p.deadline < :today AND p.status IN :underDeadline",
                Map.of("today", today, "underDeadline", List.of(ProposalStatus.ASSIGNED.name(), ProposalStatus.HANDLING.name()))));
        return where;
    }

    /** Maps proposals to and from their entity. */
    private static final class Mapper implements Mapping<ProposalEntity, Proposal> {

        @Override
        public String kind() {
            return "proposal";
        }

        @Override
        public Class<ProposalEntity> entityType() {
            return ProposalEntity.class;
        }

        @Override
        public ProposalEntity newEntity() {
            return new ProposalEntity();
        }

        @Override
        public void copy(Proposal proposal, ProposalEntity entity) {
            entity.id = proposal.id().toString();
            entity.committeeId = proposal.committeeId().toString();
            entity.year = proposal.year();
            entity.origin = proposal.origin().name();
            entity.status = proposal.status().name();
            entity.proposerKind = proposal.proposer().kind().name();
            entity.leadMemberId = proposal.proposer().leadMember().map(Object::toString).orElse(null);
            entity.coSignerIds = proposal.coSigners().isEmpty() ? null
                    : TextCodec.list(proposal.coSigners().stream().map(CoSigner::memberId).map(Object::toString).toList());
            entity.title = proposal.content().title();
            entity.category = proposal.content().category().name();
            entity.filingNumber = proposal.number().orElse(null);
            entity.key = proposal.key().isPresent();
            entity.deadline = proposal.deadline().orElse(null);
            entity.bundleId = proposal.handling().flatMap(Handling::bundle).map(Object::toString).orElse(null);
            entity.unitIds = proposal.handling().map(h -> TextCodec.list(h.tasks().stream().map(t -> t.unitId().toString()).toList())).orElse(null);
            entity.document = ProposalDocument.write(proposal);
        }

        @Override
        public Proposal toDomain(ProposalEntity entity) {
            return ProposalDocument.read(entity.document, entity.version);
        }

        @Override
        public String idOf(Proposal proposal) {
            return proposal.id().toString();
        }

        @Override
        public long versionOf(Proposal proposal) {
            return proposal.version();
        }

        @Override
        public long entityVersion(ProposalEntity entity) {
            return entity.version;
        }

        @Override
        public DomainException duplicate(Proposal proposal) {
            return new DuplicateException("proposal.number.duplicate", "number", proposal.number().orElse(0));
        }
    }
}
