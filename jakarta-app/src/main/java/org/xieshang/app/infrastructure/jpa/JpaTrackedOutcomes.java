package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationActivityId;
import org.xieshang.domain.outcome.TrackedOutcome;
import org.xieshang.domain.outcome.TrackedOutcomes;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DuplicateException;

/** Tracked outcome reports stored with JPA, one row each with its document. Runs inside the caller's transaction. */
public final class JpaTrackedOutcomes implements TrackedOutcomes {

    private static final Mapper MAPPER = new Mapper();

    private final EntityManager em;
    private final AggregateStore<TrackedOutcomeEntity, TrackedOutcome> store;

    /** @param em the entity manager, not null */
    public JpaTrackedOutcomes(EntityManager em) {
        this.em = em;
        this.store = new AggregateStore<>(em, MAPPER);
    }

    @Override
    public Optional<TrackedOutcome> find(ConsultationActivityId activityId) {
        return store.find(activityId.toString());
    }

    @Override
    public TrackedOutcome save(TrackedOutcome outcome) {
        return store.save(outcome);
    }

    @Override
    public List<TrackedOutcome> of(CommitteeId committeeId, int year) {
        return em.createQuery("SELECT o FROM TrackedOutcomeEntity o WHERE o.committeeId = :committee AND o.reportedOn BETWEEN :first AND :last"
                        + " ORDER BY o.reportedOn DESC, o.activityId", TrackedOutcomeEntity.class)
                .setParameter("committee", committeeId.toString())
                .setParameter("first", LocalDate.of(year, 1, 1))
                .setParameter("last", LocalDate.of(year, 12, 31))
                .setHint("eclipselink.read-only", "true")
                .getResultList().stream().map(MAPPER::toDomain).toList();
    }

    /** Maps tracked reports to and from their entity. */
    private static final class Mapper implements Mapping<TrackedOutcomeEntity, TrackedOutcome> {

        @Override
        public String kind() {
            return "outcome";
        }

        @Override
        public Class<TrackedOutcomeEntity> entityType() {
            return TrackedOutcomeEntity.class;
        }

        @Override
        public TrackedOutcomeEntity newEntity() {
            return new TrackedOutcomeEntity();
        }

        @Override
        public void copy(TrackedOutcome outcome, TrackedOutcomeEntity entity) {
            entity.activityId = outcome.activityId().toString();
            entity.committeeId = outcome.committeeId().toString();
            entity.title = outcome.title();
            entity.reportedOn = outcome.reportedOn();
            entity.stage = outcome.stage().name();
            entity.document = OutcomeDocument.write(outcome);
        }

        @Override
        public TrackedOutcome toDomain(TrackedOutcomeEntity entity) {
            return OutcomeDocument.read(entity.document, entity.version);
        }

        @Override
        public String idOf(TrackedOutcome outcome) {
            return outcome.activityId().toString();
        }

        @Override
        public long versionOf(TrackedOutcome outcome) {
            return outcome.version();
        }

        @Override
        public long entityVersion(TrackedOutcomeEntity entity) {
            return entity.version;
        }

        @Override
        public DomainException duplicate(TrackedOutcome outcome) {
            return new DuplicateException("outcome.received-already", "activityId", outcome.title());
        }
    }
}
