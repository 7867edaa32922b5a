package org.xieshang.domain.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;
import org.xieshang.domain.shared.NotFoundException;

/**
 * A committee's annual consultation plan (年度协商计划): drawn up jointly, submitted to the Party committee, approved by
 * it (审定) and published. Topics change freely while drafting; once approved, every change is an amendment recorded
 * with its reason. Only screened, consultable topics are approved. Aggregate root; immutable and thread-safe.
 */
public final class ConsultationPlan {

    private final CommitteeId committeeId;
    private final int year;
    private final PlanStatus status;
    private final List<Topic> topics;
    private final Optional<PlanChange> approval;
    private final List<PlanChange> amendments;
    private final Optional<PublicCall> publicCall;
    private final long version;

    private ConsultationPlan(CommitteeId committeeId, int year, PlanStatus status, List<Topic> topics, Optional<PlanChange> approval,
                             List<PlanChange> amendments, Optional<PublicCall> publicCall, long version) {
        this.committeeId = Guard.required(committeeId, "committeeId");
        this.year = year;
        this.status = Guard.required(status, "status");
        this.topics = List.copyOf(Guard.required(topics, "topics"));
        this.approval = Guard.required(approval, "approval");
        this.amendments = List.copyOf(Guard.required(amendments, "amendments"));
        this.publicCall = Guard.required(publicCall, "publicCall");
        Guard.check(publicCall.map(c -> c.committeeId().equals(committeeId) && c.year() == year).orElse(true), "call.other-plan", "publicCall");
        Guard.check(approval.isPresent() == (status == PlanStatus.APPROVED || status == PlanStatus.PUBLISHED), "plan.approval.inconsistent", "status");
        Guard.check(approval.isPresent() || amendments.isEmpty(), "plan.approval.inconsistent", "amendments");
        Guard.check(topics.stream().map(Topic::id).distinct().count() == topics.size(), "plan.topic.duplicate", "topics");
        Guard.check(version >= 0, "version.negative", "version");
        this.version = version;
    }

    /**
     * @param committeeId the committee, not null
     * @param year        the plan's year
     * @return an empty draft at version 0, never null
     */
    public static ConsultationPlan draft(CommitteeId committeeId, int year) {
        return new ConsultationPlan(committeeId, year, PlanStatus.DRAFT, List.of(), Optional.empty(), List.of(), Optional.empty(), 0);
    }

    /**
     * Rebuilds a stored plan. For storage adapters.
     *
     * @param committeeId committee, not null
     * @param year        year
     * @param status      status, not null
     * @param topics      topics in plan order, not null
     * @param approval    the approval, present once approved
     * @param amendments  amendments since the approval, in order; not null
     * @param publicCall  the call to society for topics, if one was opened
     * @param version     stored version
     * @return the plan, never null
     */
    public static ConsultationPlan restore(CommitteeId committeeId, int year, PlanStatus status, List<Topic> topics, Optional<PlanChange> approval,
                                           List<PlanChange> amendments, Optional<PublicCall> publicCall, long version) {
        return new ConsultationPlan(committeeId, year, status, topics, approval, amendments, publicCall, version);
    }

    /**
     * Opens (or changes) the plan's call to society for topics. The public's topics become topics of the draft, so a
     * call runs only while the plan is drafted.
     *
     * @param call the call, for this committee and year; not null
     * @return the plan with it, never null
     * @throws DomainException {@code call.over}, {@code call.other-plan}
     */
    public ConsultationPlan openCall(PublicCall call) {
        Guard.required(call, "publicCall");
        Guard.check(status == PlanStatus.DRAFT, "call.over", "publicCall");
        return new ConsultationPlan(committeeId, year, status, topics, approval, amendments, Optional.of(call), version);
    }

    /**
     * Receives a topic submitted by a member of the public through the plan's call, while the plan is drafted (a topic
     * received later could no longer be taken up).
     *
     * @param draft   what was submitted, not null
     * @param today   the day it arrives, not null
     * @param receipt the receipt number for the submitter, not null
     * @return the submission, never null
     * @throws DomainException {@code call.none} when no call was opened, {@code call.over} once the plan is submitted,
     *                         or the call's window errors
     */
    public PublicSubmission receive(PublicSubmissionDraft draft, LocalDate today, ReceiptNumber receipt) {
        PublicCall call = publicCall.orElseThrow(() -> new DomainException("call.none", "submission"));
        Guard.check(status == PlanStatus.DRAFT, "call.over", "submission");
        return call.receive(draft, today, receipt);
    }

    /**
     * @param topic a new topic, or a changed one (same identifier), not null
     * @return the draft with it, never null
     * @throws DomainException {@code plan.not-draft} once submitted (an approved plan is amended instead)
     */
    public ConsultationPlan putTopic(Topic topic) {
        Guard.check(status == PlanStatus.DRAFT, "plan.not-draft", "status", status);
        return with(status, replaceOrAdd(topic), approval, amendments);
    }

    /**
     * @param topicId a topic of the draft, not null
     * @return the draft without it, never null
     */
    public ConsultationPlan removeTopic(TopicId topicId) {
        Guard.check(status == PlanStatus.DRAFT, "plan.not-draft", "status", status);
        require(topicId);
        return with(status, topics.stream().filter(t -> !t.id().equals(topicId)).toList(), approval, amendments);
    }

    /**
     * Records how a topic was screened; possible until the plan is approved.
     *
     * @param topicId the topic, not null
     * @param result  the screening, not null
     * @return the plan with the topic screened, never null
     */
    public ConsultationPlan screen(TopicId topicId, ScreeningResult result) {
        Guard.check(status == PlanStatus.DRAFT || status == PlanStatus.SUBMITTED, "plan.approved-already", "status");
        return with(status, replaceOrAdd(require(topicId).screened(result)), approval, amendments);
    }

    /**
     * @return the plan submitted to the Party committee, never null
     * @throws DomainException {@code plan.not-draft}, {@code plan.no-topics}
     */
    public ConsultationPlan submit() {
        Guard.check(status == PlanStatus.DRAFT, "plan.not-draft", "status", status);
        Guard.check(!topics.isEmpty(), "plan.no-topics", "topics");
        return with(PlanStatus.SUBMITTED, topics, approval, amendments);
    }

    /** @return the plan sent back to drafting by the Party committee, never null */
    public ConsultationPlan sendBack() {
        Guard.check(status == PlanStatus.SUBMITTED, "plan.not-submitted", "status");
        return with(PlanStatus.DRAFT, topics, approval, amendments);
    }

    /**
     * @param approvedBy the Party committee's approval: who (the Party committee), when, and the approving document
     * @return the approved plan, never null
     * @throws DomainException {@code plan.not-submitted}, {@code plan.topic.unscreened} or {@code plan.topic.not-consultable}
     *                         naming the first such topic
     */
    public ConsultationPlan approve(PlanChange approvedBy) {
        Guard.required(approvedBy, "approval");
        Guard.check(status == PlanStatus.SUBMITTED, "plan.not-submitted", "status");
        topics.forEach(ConsultationPlan::requireCleared);
        return with(PlanStatus.APPROVED, topics, Optional.of(approvedBy), amendments);
    }

    /** @return the approved plan, published; never null */
    public ConsultationPlan publish() {
        Guard.check(status == PlanStatus.APPROVED, "plan.not-approved", "status");
        return with(PlanStatus.PUBLISHED, topics, approval, amendments);
    }

    /**
     * Adds or changes a topic of an approved plan; the topic must be screened and consultable.
     *
     * @param topic  the new or changed topic, not null
     * @param change who, when and why, not null
     * @return the amended plan, never null
     * @throws DomainException {@code plan.not-approved}, or the topic's screening errors
     */
    public ConsultationPlan amend(Topic topic, PlanChange change) {
        requireAmendable(change);
        requireCleared(topic);
        return with(status, replaceOrAdd(topic), approval, appended(change));
    }

    /**
     * @param topicId a topic of the approved plan, not null
     * @param change  who, when and why, not null
     * @return the amended plan without it, never null
     */
    public ConsultationPlan withdraw(TopicId topicId, PlanChange change) {
        requireAmendable(change);
        require(topicId);
        return with(status, topics.stream().filter(t -> !t.id().equals(topicId)).toList(), approval, appended(change));
    }

    /**
     * @param topicId a topic's identifier, not null
     * @return the topic, never null
     * @throws NotFoundException {@code not-found.topic}
     */
    public Topic require(TopicId topicId) {
        return topic(topicId).orElseThrow(() -> new NotFoundException("topic", "topicId", topicId));
    }

    /**
     * @param topicId a topic's identifier, not null
     * @return the topic, if the plan has it
     */
    public Optional<Topic> topic(TopicId topicId) {
        return topics.stream().filter(t -> t.id().equals(topicId)).findFirst();
    }

    private static void requireCleared(Topic topic) {
        Guard.check(topic.screening().isPresent(), "plan.topic.unscreened", "topics", topic.title());
        Guard.check(topic.isCleared(), "plan.topic.not-consultable", "topics", topic.title());
    }

    private void requireAmendable(PlanChange change) {
        Guard.required(change, "change");
        Guard.check(status == PlanStatus.APPROVED || status == PlanStatus.PUBLISHED, "plan.not-approved", "status");
    }

    private List<Topic> replaceOrAdd(Topic topic) {
        Guard.required(topic, "topic");
        List<Topic> changed = new ArrayList<>(topics);
        int at = -1;
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).id().equals(topic.id())) {
                at = i;
            }
        }
        if (at >= 0) {
            changed.set(at, topic);
        } else {
            changed.add(topic);
        }
        return changed;
    }

    private List<PlanChange> appended(PlanChange change) {
        List<PlanChange> all = new ArrayList<>(amendments);
        all.add(change);
        return all;
    }

    private ConsultationPlan with(PlanStatus newStatus, List<Topic> newTopics, Optional<PlanChange> newApproval, List<PlanChange> newAmendments) {
        return new ConsultationPlan(committeeId, year, newStatus, newTopics, newApproval, newAmendments, publicCall, version);
    }

    /** @return the call to society for topics, if one was opened */
    public Optional<PublicCall> publicCall() {
        return publicCall;
    }

    /** @return the committee, never null */
    public CommitteeId committeeId() {
        return committeeId;
    }

    /** @return the plan's year */
    public int year() {
        return year;
    }

    /** @return where it stands, never null */
    public PlanStatus status() {
        return status;
    }

    /** @return the topics in plan order, never null */
    public List<Topic> topics() {
        return topics;
    }

    /** @return the Party committee's approval, once approved */
    public Optional<PlanChange> approval() {
        return approval;
    }

    /** @return the amendments since the approval, in order; never null */
    public List<PlanChange> amendments() {
        return amendments;
    }

    /** @return the stored version; 0 if never stored */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConsultationPlan other && committeeId.equals(other.committeeId) && year == other.year && status == other.status
                && topics.equals(other.topics) && approval.equals(other.approval) && amendments.equals(other.amendments)
                && publicCall.equals(other.publicCall) && version == other.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(committeeId, year, version);
    }

    @Override
    public String toString() {
        return "ConsultationPlan[" + year + ", " + status + ", " + topics.size() + " topics, v" + version + "]";
    }
}
