package org.xieshang.app.application.consultation;

import static org.xieshang.domain.security.Permission.CONSULTATION_MANAGE;
import static org.xieshang.domain.security.Permission.CONSULTATION_READ;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AuditLog;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.consultation.CommitteeCatalogue;
import org.xieshang.domain.consultation.ConsultationAdministration;
import org.xieshang.domain.consultation.ConsultationPlan;
import org.xieshang.domain.consultation.ConsultationPlans;
import org.xieshang.domain.consultation.PlanChange;
import org.xieshang.domain.consultation.PublicCall;
import org.xieshang.domain.consultation.ScreeningCatalogue;
import org.xieshang.domain.consultation.ScreeningCatalogues;
import org.xieshang.domain.consultation.ScreeningCategory;
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

    @Inject
    ScreeningCatalogues catalogues;

    @Inject
    Committees committees;

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

    /** Screens a topic against the committee's catalogue (the example until the committee edits its own). */
    public ConsultationPlan screen(CommitteeId committeeId, int year, long expectedVersion, TopicId topicId, String category, String reason) {
        ScreeningResult result = ScreeningResult.against(catalogues.of(committeeId), category, reason, user.actor().username(), LocalDate.now(clock));
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

    public ConsultationPlan removeTopic(CommitteeId committeeId, int year, long expectedVersion, TopicId topicId) {
        return change(committeeId, year, expectedVersion, plan -> plan.removeTopic(topicId));
    }

    /** The Party committee sends the submitted plan back for redrafting. */
    public ConsultationPlan sendBack(CommitteeId committeeId, int year, long expectedVersion) {
        return change(committeeId, year, expectedVersion, ConsultationPlan::sendBack);
    }

    /**
     * Changes a topic of the approved plan (or adds one), screened again against the committee's catalogue, recording
     * who changed it, when and why.
     */
    public ConsultationPlan amend(CommitteeId committeeId, int year, long expectedVersion, Topic topic, String category, String reason,
                                  PlanChange change) {
        ScreeningResult screening = ScreeningResult.against(catalogues.of(committeeId), category, reason, user.actor().username(), LocalDate.now(clock));
        return change(committeeId, year, expectedVersion, plan -> plan.amend(topic.screened(screening), change));
    }

    /** Takes a topic out of the approved plan, recording who, when and why. */
    public ConsultationPlan withdraw(CommitteeId committeeId, int year, long expectedVersion, TopicId topicId, PlanChange change) {
        return change(committeeId, year, expectedVersion, plan -> plan.withdraw(topicId, change));
    }

    /** Opens (or changes) the year's call to society for topics. */
    public ConsultationPlan openCall(CommitteeId committeeId, int year, long expectedVersion, String notice, LocalDate opensOn, LocalDate closesOn) {
        return change(committeeId, year, expectedVersion, plan -> plan.openCall(new PublicCall(committeeId, year, notice, opensOn, closesOn)));
    }

    /**
     * @param committeeId a committee
     * @return its screening catalogue as stored, or the example at version 0 until it edits its own
     */
    public CommitteeCatalogue catalogue(CommitteeId committeeId) {
        access.require(CONSULTATION_READ, Target.committee(committeeId));
        return catalogues.current(committeeId);
    }

    /** Replaces the committee's screening catalogue, if it is still at the version the caller read. */
    public CommitteeCatalogue saveCatalogue(CommitteeId committeeId, long expectedVersion, List<ScreeningCategory> categories) {
        access.require(CONSULTATION_MANAGE, Target.committee(committeeId));
        committees.require(committeeId);
        CommitteeCatalogue before = catalogue(committeeId);
        CommitteeCatalogue saved = catalogues.save(new CommitteeCatalogue(committeeId, new ScreeningCatalogue(categories), expectedVersion));
        audit.change(committeeId, "screening-catalogue", committeeId.toString(), Map.of("categories", describe(before.catalogue())),
                Map.of("categories", describe(saved.catalogue())));
        return saved;
    }

    private static String describe(ScreeningCatalogue catalogue) {
        return String.join("; ", catalogue.categories().stream().map(c -> (c.consultable() ? "+" : "-") + c.code() + " " + c.label()).toList());
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
        f.put("call", plan.publicCall().map(c -> c.opensOn() + "–" + c.closesOn()).orElse(""));
        f.put("amendments", Integer.toString(plan.amendments().size()));
        f.put("approval", plan.approval().map(a -> a.by() + " " + a.on() + " " + a.reason()).orElse(""));
        return f;
    }
}
