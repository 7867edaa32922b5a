package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.PublicSubmission;
import org.xieshang.domain.consultation.PublicSubmissionDraft;
import org.xieshang.domain.consultation.PublicSubmissions;
import org.xieshang.domain.consultation.ReceiptNumber;
import org.xieshang.domain.consultation.TopicId;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;

/** Submissions of public calls stored with JPA. Runs inside the caller's transaction. */
public final class JpaPublicSubmissions implements PublicSubmissions {

    private static final Mapper MAPPER = new Mapper();

    private final EntityManager em;
    private final AggregateStore<PublicSubmissionEntity, PublicSubmission> store;

    /** @param em the entity manager, not null */
    public JpaPublicSubmissions(EntityManager em) {
        this.em = em;
        this.store = new AggregateStore<>(em, MAPPER);
    }

    @Override
    public Optional<PublicSubmission> find(ReceiptNumber receipt) {
        return store.find(receipt.value());
    }

    @Override
    public PublicSubmission save(PublicSubmission submission) {
        return store.save(submission);
    }

    @Override
    public List<PublicSubmission> of(CommitteeId committeeId, int year) {
        return em.createQuery("SELECT s FROM PublicSubmissionEntity s WHERE s.committeeId = :committee AND s.year = :year"
                        + " ORDER BY s.receivedOn, s.receipt", PublicSubmissionEntity.class)
                .setParameter("committee", committeeId.toString())
                .setParameter("year", year)
                .getResultList().stream().map(MAPPER::toDomain).toList();
    }

    /** Maps submissions to and from their entity. */
    private static final class Mapper implements Mapping<PublicSubmissionEntity, PublicSubmission> {

        @Override
        public String kind() {
            return "public-submission";
        }

        @Override
        public Class<PublicSubmissionEntity> entityType() {
            return PublicSubmissionEntity.class;
        }

        @Override
        public PublicSubmissionEntity newEntity() {
            return new PublicSubmissionEntity();
        }

        @Override
        public void copy(PublicSubmission submission, PublicSubmissionEntity entity) {
            entity.receipt = submission.receipt().value();
            entity.committeeId = submission.committeeId().toString();
            entity.year = submission.year();
            entity.title = submission.draft().title();
            entity.description = submission.draft().description();
            entity.area = submission.draft().area();
            entity.submitter = submission.draft().submitter().orElse(null);
            entity.contact = submission.draft().contact().orElse(null);
            entity.receivedOn = submission.receivedOn();
            entity.status = submission.status();
            entity.topicId = submission.topicId().map(Object::toString).orElse(null);
            entity.reply = submission.reply().orElse(null);
        }

        @Override
        public PublicSubmission toDomain(PublicSubmissionEntity e) {
            return new PublicSubmission(new ReceiptNumber(e.receipt), CommitteeId.parse(e.committeeId), e.year,
                    new PublicSubmissionDraft(e.title, e.description, e.area, Optional.ofNullable(e.submitter), Optional.ofNullable(e.contact)),
                    e.receivedOn, e.status, Optional.ofNullable(e.topicId).map(TopicId::parse), Optional.ofNullable(e.reply), e.version);
        }

        @Override
        public String idOf(PublicSubmission submission) {
            return submission.receipt().value();
        }

        @Override
        public long versionOf(PublicSubmission submission) {
            return submission.version();
        }

        @Override
        public long entityVersion(PublicSubmissionEntity entity) {
            return entity.version;
        }

        @Override
        public DomainException duplicate(PublicSubmission submission) {
            return new ConcurrentUpdateException(kind(), submission.receipt(), submission.version());
        }
    }
}
