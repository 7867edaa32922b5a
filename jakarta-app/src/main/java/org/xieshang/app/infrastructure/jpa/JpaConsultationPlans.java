package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationPlan;
import org.xieshang.domain.consultation.ConsultationPlans;
import org.xieshang.domain.consultation.PlanChange;
import org.xieshang.domain.consultation.PublicCall;
import org.xieshang.domain.consultation.ScreeningResult;
import org.xieshang.domain.consultation.Topic;
import org.xieshang.domain.consultation.TopicId;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/** Annual consultation plans stored with JPA. Runs inside the caller's transaction. */
public final class JpaConsultationPlans implements ConsultationPlans {

    private static final Mapper MAPPER = new Mapper();

    private final AggregateStore<ConsultationPlanEntity, ConsultationPlan> store;

    /** @param em the entity manager, not null */
    public JpaConsultationPlans(EntityManager em) {
        this.store = new AggregateStore<>(em, MAPPER);
    }

    @Override
    public Optional<ConsultationPlan> find(CommitteeId committeeId, int year) {
        return store.find(key(committeeId, year));
    }

    @Override
    public ConsultationPlan save(ConsultationPlan plan) {
        return store.save(plan);
    }

    private static String key(CommitteeId committeeId, int year) {
        return committeeId + "/" + year;
    }

    /** Maps plans to and from their entity. */
    private static final class Mapper implements Mapping<ConsultationPlanEntity, ConsultationPlan> {

        @Override
        public String kind() {
            return "consultation-plan";
        }

        @Override
        public Class<ConsultationPlanEntity> entityType() {
            return ConsultationPlanEntity.class;
        }

        @Override
        public ConsultationPlanEntity newEntity() {
            return new ConsultationPlanEntity();
        }

        @Override
        public void copy(ConsultationPlan plan, ConsultationPlanEntity entity) {
            entity.id = key(plan.committeeId(), plan.year());
            entity.committeeId = plan.committeeId().toString();
            entity.year = plan.year();
            entity.status = plan.status();
            entity.approvedBy = plan.approval().map(PlanChange::by).orElse(null);
            entity.approvedOn = plan.approval().map(PlanChange::on).orElse(null);
            entity.approvalReason = plan.approval().map(PlanChange::reason).orElse(null);
            entity.callNotice = plan.publicCall().map(PublicCall::notice).orElse(null);
            entity.callOpensOn = plan.publicCall().map(PublicCall::opensOn).orElse(null);
            entity.callClosesOn = plan.publicCall().map(PublicCall::closesOn).orElse(null);
            entity.topics.clear();
            for (Topic topic : plan.topics()) {
                entity.topics.add(row(entity.topics.size() + 1, topic));
            }
            entity.amendments.clear();
            for (PlanChange change : plan.amendments()) {
                ConsultationPlanEntity.AmendmentRow row = new ConsultationPlanEntity.AmendmentRow();
                row.number = entity.amendments.size() + 1;
                row.changedBy = change.by();
                row.changedOn = change.on();
                row.reason = change.reason();
                entity.amendments.add(row);
            }
        }

        private static ConsultationPlanEntity.TopicRow row(int number, Topic topic) {
            ConsultationPlanEntity.TopicRow row = new ConsultationPlanEntity.TopicRow();
            row.number = number;
            row.topicId = topic.id().toString();
            row.title = topic.title();
            row.description = topic.description();
            row.source = topic.source();
            row.area = topic.area();
            row.leadSpecialCommitteeId = topic.leadSpecialCommittee().map(Object::toString).orElse(null);
            row.counterpartDepartment = topic.counterpartDepartment().orElse(null);
            row.plannedQuarter = topic.plannedQuarter();
            row.plannedMonth = topic.plannedMonth().orElse(null);
            row.form = topic.form();
            Optional<ScreeningResult> screening = topic.screening();
            row.screeningCategory = screening.map(ScreeningResult::categoryCode).orElse(null);
            row.screeningConsultable = screening.map(ScreeningResult::consultable).orElse(null);
            row.screeningReason = screening.map(ScreeningResult::reason).orElse(null);
            row.screenedBy = screening.map(ScreeningResult::screenedBy).orElse(null);
            row.screenedOn = screening.map(ScreeningResult::screenedOn).orElse(null);
            return row;
        }

        @Override
        public ConsultationPlan toDomain(ConsultationPlanEntity e) {
            List<Topic> topics = new ArrayList<>();
            e.topics.stream().sorted(Comparator.comparingInt(r -> r.number)).forEach(r -> topics.add(new Topic(TopicId.parse(r.topicId), r.title,
                    r.description, r.source, r.area, Optional.ofNullable(r.leadSpecialCommitteeId).map(SpecialCommitteeId::parse),
                    Optional.ofNullable(r.counterpartDepartment), r.plannedQuarter, Optional.ofNullable(r.plannedMonth), r.form,
                    Optional.ofNullable(r.screeningCategory).map(c -> new ScreeningResult(c, r.screeningConsultable, r.screeningReason, r.screenedBy,
                            r.screenedOn)))));
            List<PlanChange> amendments = e.amendments.stream().sorted(Comparator.comparingInt(r -> r.number))
                    .map(r -> new PlanChange(r.changedBy, r.changedOn, r.reason)).toList();
            Optional<PlanChange> approval = Optional.ofNullable(e.approvedBy).map(by -> new PlanChange(by, e.approvedOn, e.approvalReason));
            CommitteeId committeeId = CommitteeId.parse(e.committeeId);
            Optional<PublicCall> call = Optional.ofNullable(e.callNotice)
                    .map(notice -> new PublicCall(committeeId, e.year, notice, e.callOpensOn, e.callClosesOn));
            return ConsultationPlan.restore(committeeId, e.year, e.status, topics, approval, amendments, call, e.version);
        }

        @Override
        public String idOf(ConsultationPlan plan) {
            return key(plan.committeeId(), plan.year());
        }

        @Override
        public long versionOf(ConsultationPlan plan) {
            return plan.version();
        }

        @Override
        public long entityVersion(ConsultationPlanEntity entity) {
            return entity.version;
        }

        @Override
        public DomainException duplicate(ConsultationPlan plan) {
            return new ConcurrentUpdateException(kind(), key(plan.committeeId(), plan.year()), plan.version());
        }
    }
}
