package org.xieshang.app.application.consultation;

import static org.xieshang.domain.security.Permission.CONSULTATION_MANAGE;
import static org.xieshang.domain.security.Permission.CONSULTATION_READ;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AuditLog;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationAdministration;
import org.xieshang.domain.consultation.ConsultationPlan;
import org.xieshang.domain.consultation.ConsultationPlans;
import org.xieshang.domain.consultation.PlanChange;
import org.xieshang.domain.consultation.ScreeningCatalogue;
import org.xieshang.domain.consultation.ScreeningResult;
import org.xieshang.domain.consultation.Topic;
import org.xieshang.domain.consultation.TopicId;
import org.xieshang.domain.security.Target;

/** Annual consultation plans: drawn up, screened, submitted, approved and published by the consultation office. */
@ApplicationScoped
@Transactional
public class ConsultationService {

    @Inject
    ConsultationPlans plans;

    @Inject
    ConsultationAdministration consultation;

    @Inject
    AccessControl access;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public ConsultationPlan plan(CommitteeId committeeId, int year) {
        access.require(CONSULTATION_READ, Target.committee(committeeId));
        return plans.require(committeeId, year);
    }

    public ConsultationPlan draft(CommitteeId committeeId, int year) {
        access.require(CONSULTATION_MANAGE, Target.committee(committeeId));
        ConsultationPlan plan = consultation.draftPlan(committeeId, year);
        audit.change(committeeId, "consultation-plan", committeeId + "/" + year, null, fields(plan));
        return plan;
    }

    public ConsultationPlan putTopic(CommitteeId committeeId, int year, long expectedVersion, Topic topic) {
        return change(committeeId, year, expectedVersion, plan -> plan.putTopic(topic));
    }

    /** Screens against the example catalogue (a committee's own catalogue is not stored yet). */
    public ConsultationPlan screen(CommitteeId committeeId, int year, long expectedVersion, TopicId topicId, String category, String reason) {
        ScreeningResult result = ScreeningResult.against(ScreeningCatalogue.example(), category, reason, user.actor().username(), LocalDate.now(clock));
        return change(committeeId, year, expectedVersion, plan -> plan.screen(topicId, result));
    }

    public ConsultationPlan submit(CommitteeId committeeId, int year, long expectedVersion) {
        return change(committeeId, year, expectedVersion, ConsultationPlan::submit);
    }

    public ConsultationPlan approve(CommitteeId committeeId, int year, long expectedVersion, PlanChange approval) {
        return change(committeeId, year, expectedVersion, plan -> plan.approve(approval));
    }

    public ConsultationPlan publish(CommitteeId committeeId, int year, long expectedVersion) {
        return change(committeeId, year, expectedVersion, ConsultationPlan::publish);
    }

    private ConsultationPlan change(CommitteeId committeeId, int year, long expectedVersion, UnaryOperator<ConsultationPlan> change) {
        access.require(CONSULTATION_MANAGE, Target.committee(committeeId));
        Optional<ConsultationPlan> before = plans.find(committeeId, year);
        ConsultationPlan after = consultation.changePlan(committeeId, year, expectedVersion, change);
        audit.change(committeeId, "consultation-plan", committeeId + "/" + year, before.map(ConsultationService::fields).orElse(null), fields(after));
        return after;
    }

    private static Map<String, String> fields(ConsultationPlan plan) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("status", plan.status().name());
        f.put("topics", String.join("; ", plan.topics().stream()
                .map(t -> t.title() + t.screening().map(s -> " [" + s.categoryCode() + "]").orElse("")).toList()));
        f.put("approval", plan.approval().map(a -> a.by() + " " + a.on() + " " + a.reason()).orElse(""));
        return f;
    }
}
