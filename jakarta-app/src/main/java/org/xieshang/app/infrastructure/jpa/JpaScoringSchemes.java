package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.duty.RuleDefinition;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.duty.scoring.GradeBand;
import org.xieshang.domain.duty.scoring.Points;
import org.xieshang.domain.duty.scoring.SchemeDraft;
import org.xieshang.domain.duty.scoring.ScoringRuleTypes;
import org.xieshang.domain.duty.scoring.ScoringScheme;
import org.xieshang.domain.duty.scoring.ScoringSchemes;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.ConcurrentUpdateException;

/**
 * Scoring scheme revisions and the scores under each, stored with JPA. Runs inside the caller's transaction. A revision
 * is only ever added: the unique key on (committee, year, revision) refuses a second writer of the same revision.
 */
public final class JpaScoringSchemes implements ScoringSchemes {

    private final EntityManager em;
    private final ScoringRuleTypes types;

    /**
     * @param em    the entity manager, not null
     * @param types the rule types stored schemes use, not null
     */
    public JpaScoringSchemes(EntityManager em, ScoringRuleTypes types) {
        this.em = em;
        this.types = types;
    }

    @Override
    public Optional<ScoringScheme> current(CommitteeId committeeId, int year) {
        List<ScoringSchemeEntity> latest = em.createQuery("SELECT s FROM ScoringSchemeEntity s WHERE s.committeeId = :committee AND s.year = :year"
                        + " ORDER BY s.revision DESC", ScoringSchemeEntity.class)
                .setParameter("committee", committeeId.toString())
                .setParameter("year", year)
                .setMaxResults(1).getResultList();
        return latest.stream().findFirst().map(this::toDomain);
    }

    @Override
    public List<ScoringScheme> revisions(CommitteeId committeeId, int year) {
        return em.createQuery("SELECT s FROM ScoringSchemeEntity s WHERE s.committeeId = :committee AND s.year = :year ORDER BY s.revision",
                        ScoringSchemeEntity.class)
                .setParameter("committee", committeeId.toString())
                .setParameter("year", year)
                .getResultList().stream().map(this::toDomain).toList();
    }

    @Override
    public ScoringScheme add(ScoringScheme scheme) {
        int latest = current(scheme.committeeId(), scheme.year()).map(ScoringScheme::revision).orElse(0);
        if (scheme.revision() != latest + 1) {
            throw conflict(scheme);
        }
        ScoringSchemeEntity entity = new ScoringSchemeEntity();
        entity.id = UUID.randomUUID().toString();
        entity.committeeId = scheme.committeeId().toString();
        entity.year = scheme.year();
        entity.revision = scheme.revision();
        SchemeDraft draft = scheme.draft();
        entity.baseTenths = draft.base().tenths();
        entity.maximumTenths = draft.maximum().map(Points::tenths).orElse(null);
        entity.passMarkTenths = draft.passMark().tenths();
        entity.reason = draft.reason().orElse(null);
        entity.changedBy = scheme.changedBy();
        entity.changedAt = scheme.changedAt();
        for (int i = 0; i < draft.items().size(); i++) {
            SchemeDraft.Item item = draft.items().get(i);
            ScoringSchemeEntity.ItemRow row = new ScoringSchemeEntity.ItemRow();
            row.number = i;
            row.code = item.code();
            row.label = item.label();
            row.ruleType = item.rule().type();
            row.parameters = TextCodec.map(item.rule().parameters());
            entity.items.add(row);
        }
        for (int i = 0; i < draft.bands().size(); i++) {
            ScoringSchemeEntity.BandRow row = new ScoringSchemeEntity.BandRow();
            row.number = i;
            row.grade = draft.bands().get(i).grade();
            row.minimumTenths = draft.bands().get(i).minimum().tenths();
            entity.bands.add(row);
        }
        em.persist(entity);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Another transaction stored this revision between the check and the insert; any other error is no conflict.
            if (AggregateStore.isUniqueViolation(e)) {
                throw conflict(scheme);
            }
            throw e;
        }
        return scheme;
    }

    private static ConcurrentUpdateException conflict(ScoringScheme scheme) {
        return new ConcurrentUpdateException("scoring-scheme", scheme.committeeId() + "/" + scheme.year(), scheme.revision() - 1L);
    }

    @Override
    public void putScores(CommitteeId committeeId, int year, int revision, List<AnnualScore> scores) {
        em.createQuery("DELETE FROM AnnualScoreEntity s WHERE s.committeeId = :committee AND s.year = :year AND s.revision = :revision")
                .setParameter("committee", committeeId.toString())
                .setParameter("year", year)
                .setParameter("revision", revision)
                .executeUpdate();
        for (AnnualScore score : scores) {
            AnnualScoreEntity entity = new AnnualScoreEntity();
            entity.committeeId = committeeId.toString();
            entity.year = year;
            entity.revision = revision;
            entity.memberId = score.memberId().toString();
            entity.totalTenths = score.total().tenths();
            entity.grade = score.grade();
            entity.passed = score.passed();
            em.persist(entity);
        }
        em.flush();
    }

    @Override
    public List<AnnualScore> scores(CommitteeId committeeId, int year, int revision) {
        return em.createQuery("SELECT s.memberId, s.totalTenths, s.grade, s.passed FROM AnnualScoreEntity s WHERE s.committeeId = :committee"
                        + " AND s.year = :year AND s.revision = :revision ORDER BY s.memberId", Object[].class)
                .setParameter("committee", committeeId.toString())
                .setParameter("year", year)
                .setParameter("revision", revision)
                .getResultList().stream()
                .map(r -> new AnnualScore(MemberId.parse((String) r[0]), year, revision, new Points((Integer) r[1]), (String) r[2], (Boolean) r[3]))
                .toList();
    }

    private ScoringScheme toDomain(ScoringSchemeEntity entity) {
        List<SchemeDraft.Item> items = new ArrayList<>();
        entity.items.stream().sorted(Comparator.comparingInt(r -> r.number))
                .forEach(r -> items.add(new SchemeDraft.Item(r.code, r.label, new RuleDefinition(r.ruleType, TextCodec.map(r.parameters)))));
        List<GradeBand> bands = entity.bands.stream().sorted(Comparator.comparingInt(r -> r.number))
                .map(r -> new GradeBand(r.grade, new Points(r.minimumTenths))).toList();
        SchemeDraft draft = new SchemeDraft(items, new Points(entity.baseTenths), Optional.ofNullable(entity.maximumTenths).map(Points::new),
                new Points(entity.passMarkTenths), bands, Optional.ofNullable(entity.reason));
        return ScoringScheme.restore(CommitteeId.parse(entity.committeeId), entity.year, entity.revision, draft, types, entity.changedBy,
                entity.changedAt);
    }
}
