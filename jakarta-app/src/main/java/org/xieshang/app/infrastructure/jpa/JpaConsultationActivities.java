package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationActivities;
import org.xieshang.domain.consultation.ConsultationActivity;
import org.xieshang.domain.consultation.ConsultationActivityId;
import org.xieshang.domain.consultation.ConsultationProcess;
import org.xieshang.domain.consultation.JointWork;
import org.xieshang.domain.consultation.Participant;
import org.xieshang.domain.consultation.StepRecord;
import org.xieshang.domain.consultation.TopicId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;

/** Consultation activities stored with JPA. Runs inside the caller's transaction. */
public final class JpaConsultationActivities implements ConsultationActivities {

    private static final Mapper MAPPER = new Mapper();

    private final EntityManager em;
    private final AggregateStore<ConsultationActivityEntity, ConsultationActivity> store;

    /** @param em the entity manager, not null */
    public JpaConsultationActivities(EntityManager em) {
        this.em = em;
        this.store = new AggregateStore<>(em, MAPPER);
    }

    @Override
    public Optional<ConsultationActivity> find(ConsultationActivityId id) {
        return store.find(id.toString());
    }

    @Override
    public ConsultationActivity save(ConsultationActivity activity) {
        return store.save(activity);
    }

    @Override
    public List<ConsultationActivity> ofCommittee(CommitteeId committeeId, int year) {
        return em.createQuery("SELECT a FROM ConsultationActivityEntity a WHERE a.year = :year AND (a.committeeId = :committee"
                        + " OR a.jointCounties LIKE :county) ORDER BY a.title, a.id", ConsultationActivityEntity.class)
                .setParameter("year", year)
                .setParameter("committee", committeeId.toString())
                .setParameter("county", "%" + committeeId + "%")
                .getResultList().stream().map(MAPPER::toDomain).toList();
    }

    /** Maps activities to and from their entity. */
    private static final class Mapper implements Mapping<ConsultationActivityEntity, ConsultationActivity> {

        @Override
        public String kind() {
            return "consultation-activity";
        }

        @Override
        public Class<ConsultationActivityEntity> entityType() {
            return ConsultationActivityEntity.class;
        }

        @Override
        public ConsultationActivityEntity newEntity() {
            return new ConsultationActivityEntity();
        }

        @Override
        public void copy(ConsultationActivity activity, ConsultationActivityEntity entity) {
            entity.id = activity.id().toString();
            entity.committeeId = activity.committeeId().toString();
            entity.year = activity.year();
            entity.topicId = activity.topicId().toString();
            entity.title = activity.title();
            entity.form = activity.form();
            entity.meetingId = activity.meeting().map(Object::toString).orElse(null);
            entity.jointKind = activity.joint().map(JointWork::kind).orElse(null);
            entity.jointCounties = activity.joint().map(j -> TextCodec.list(j.counties().stream().map(Object::toString).toList())).orElse(null);
            entity.outcomeReportedOn = activity.outcomeReportedOn().orElse(null);
            entity.steps.clear();
            for (StepRecord record : activity.process().steps()) {
                ConsultationActivityEntity.StepRow row = new ConsultationActivityEntity.StepRow();
                row.number = entity.steps.size() + 1;
                row.step = record.step();
                row.deliverable = record.deliverable();
                row.attachment = record.attachment().orElse(null);
                row.doneBy = record.doneBy();
                row.doneOn = record.doneOn();
                row.decidingOrganisation = record.decidingOrganisation().orElse(null);
                entity.steps.add(row);
            }
            entity.participants.clear();
            for (Participant participant : activity.participants()) {
                ConsultationActivityEntity.ParticipantRow row = new ConsultationActivityEntity.ParticipantRow();
                row.number = entity.participants.size() + 1;
                row.kind = participant.kind();
                row.committeeId = participant.committeeId().toString();
                row.memberId = participant.memberId().map(Object::toString).orElse(null);
                row.name = participant.name();
                row.unit = participant.unit();
                entity.participants.add(row);
            }
        }

        @Override
        public ConsultationActivity toDomain(ConsultationActivityEntity e) {
            List<StepRecord> steps = e.steps.stream().sorted(Comparator.comparingInt(r -> r.number))
                    .map(r -> new StepRecord(r.step, r.deliverable, Optional.ofNullable(r.attachment), r.doneBy, r.doneOn,
                            Optional.ofNullable(r.decidingOrganisation))).toList();
            List<Participant> participants = e.participants.stream().sorted(Comparator.comparingInt(r -> r.number))
                    .map(r -> new Participant(r.kind, CommitteeId.parse(r.committeeId), Optional.ofNullable(r.memberId).map(MemberId::parse), r.name,
                            r.unit)).toList();
            Optional<JointWork> joint = Optional.ofNullable(e.jointKind)
                    .map(kind -> new JointWork(kind, TextCodec.list(e.jointCounties).stream().map(CommitteeId::parse).toList()));
            return ConsultationActivity.restore(ConsultationActivityId.parse(e.id), CommitteeId.parse(e.committeeId), e.year, TopicId.parse(e.topicId),
                    e.title, e.form, ConsultationProcess.restore(steps), participants, Optional.ofNullable(e.meetingId).map(ActivityId::parse), joint,
                    Optional.ofNullable(e.outcomeReportedOn), e.version);
        }

        @Override
        public String idOf(ConsultationActivity activity) {
            return activity.id().toString();
        }

        @Override
        public long versionOf(ConsultationActivity activity) {
            return activity.version();
        }

        @Override
        public long entityVersion(ConsultationActivityEntity entity) {
            return entity.version;
        }

        @Override
        public DomainException duplicate(ConsultationActivity activity) {
            return new ConcurrentUpdateException(kind(), activity.id(), activity.version());
        }
    }
}
