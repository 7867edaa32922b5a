package org.xieshang.app.application.consultation;

import static org.xieshang.domain.security.Permission.CONSULTATION_MANAGE;
import static org.xieshang.domain.security.Permission.CONSULTATION_READ;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AuditLog;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.consultation.ConsultationForm;
import org.xieshang.domain.consultation.ConsultationPlans;
import org.xieshang.domain.consultation.PublicCall;
import org.xieshang.domain.consultation.PublicCallDesk;
import org.xieshang.domain.consultation.PublicSubmission;
import org.xieshang.domain.consultation.PublicSubmissionDraft;
import org.xieshang.domain.consultation.PublicSubmissions;
import org.xieshang.domain.consultation.ReceiptNumber;
import org.xieshang.domain.consultation.Topic;
import org.xieshang.domain.consultation.TopicId;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/**
 * The call to society for topics: anyone reads the call, submits a topic and looks its answer up by receipt number,
 * without an account; the consultation office reads the submissions and adopts or declines each.
 */
@ApplicationScoped
@Transactional
public class PublicCallService {

    @Inject
    PublicCallDesk desk;

    @Inject
    ConsultationPlans plans;

    @Inject
    PublicSubmissions submissions;

    @Inject
    Committees committees;

    @Inject
    AccessControl access;

    @Inject
    AuditLog audit;

    /** Public: the call as published. */
    public PublicCall call(CommitteeId committeeId, int year) {
        return plans.find(committeeId, year).flatMap(p -> p.publicCall())
                .orElseThrow(() -> new NotFoundException("public-call", null, year));
    }

    /** Public: the name of the committee calling, for the call's page. */
    public String committeeName(CommitteeId committeeId) {
        return committees.require(committeeId).name();
    }

    /** Public: nobody signs in, so the receipt number is the submitter's only key. */
    public PublicSubmission submit(CommitteeId committeeId, int year, PublicSubmissionDraft draft) {
        return desk.receive(committeeId, year, draft);
    }

    /** Public: what became of a submission. */
    public PublicSubmission lookUp(ReceiptNumber receipt) {
        return desk.lookUp(receipt);
    }

    /** @return whether the user answers the committee's submissions, and so may read the submitters' names and contacts */
    public boolean mayAnswer(CommitteeId committeeId) {
        return access.allows(CONSULTATION_MANAGE, Target.committee(committeeId));
    }

    public List<PublicSubmission> submissions(CommitteeId committeeId, int year) {
        access.require(CONSULTATION_READ, Target.committee(committeeId));
        return submissions.of(committeeId, year);
    }

    /** Makes the submission a topic of the year's draft, planned as the office says; its words stay the submitter's. */
    public PublicSubmission adopt(CommitteeId committeeId, int year, ReceiptNumber receipt, long expectedPlanVersion, Adoption adoption) {
        PublicSubmission submission = ofCommittee(committeeId, year, receipt);
        Topic topic = submission.asTopic(TopicId.generate(), adoption.plannedQuarter(), adoption.plannedMonth(), adoption.form(),
                adoption.leadSpecialCommittee(), adoption.counterpartDepartment());
        PublicSubmission adopted = desk.adopt(submission.receipt(), expectedPlanVersion, topic, adoption.reply());
        audit.change(committeeId, "public-submission", receipt.toString(), Map.of("status", submission.status().name()),
                Map.of("status", adopted.status().name(), "topic", topic.title()));
        return adopted;
    }

    public PublicSubmission decline(CommitteeId committeeId, int year, ReceiptNumber receipt, long expectedVersion, String reason) {
        PublicSubmission submission = ofCommittee(committeeId, year, receipt);
        PublicSubmission declined = desk.decline(submission.receipt(), expectedVersion, reason);
        audit.change(committeeId, "public-submission", receipt.toString(), Map.of("status", submission.status().name()),
                Map.of("status", declined.status().name(), "reply", reason));
        return declined;
    }

    private PublicSubmission ofCommittee(CommitteeId committeeId, int year, ReceiptNumber receipt) {
        access.require(CONSULTATION_MANAGE, Target.committee(committeeId));
        PublicSubmission submission = desk.lookUp(receipt);
        if (!submission.committeeId().equals(committeeId) || submission.year() != year) {
            throw new NotFoundException("submission", null, receipt);
        }
        return submission;
    }

    /**
     * How the office plans a submitted topic.
     *
     * @param plannedQuarter        quarter 1–4
     * @param plannedMonth          a month in it, if planned so precisely
     * @param form                  the form of consultation
     * @param leadSpecialCommittee  the special committee leading it, if any
     * @param counterpartDepartment the department concerned, if any
     * @param reply                 what the submitter reads, may be null
     */
    public record Adoption(int plannedQuarter, Optional<Integer> plannedMonth, ConsultationForm form, Optional<SpecialCommitteeId> leadSpecialCommittee,
                           Optional<String> counterpartDepartment, String reply) {
    }
}
