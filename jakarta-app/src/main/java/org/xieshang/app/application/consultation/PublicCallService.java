package org.xieshang.app.application.consultation;

import static org.xieshang.domain.security.Permission.CONSULTATION_MANAGE;
import static org.xieshang.domain.security.Permission.CONSULTATION_READ;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AuditLog;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.consultation.ConsultationPlans;
import org.xieshang.domain.consultation.PublicCall;
import org.xieshang.domain.consultation.PublicCallDesk;
import org.xieshang.domain.consultation.PublicSubmission;
import org.xieshang.domain.consultation.PublicSubmissionDraft;
import org.xieshang.domain.consultation.PublicSubmissions;
import org.xieshang.domain.consultation.ReceiptNumber;
import org.xieshang.domain.consultation.Topic;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.shared.NotFoundException;

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

    /** For the consultation office: a submission of its committee, with the submitter's name and contact. */
    public PublicSubmission lookUpFor(CommitteeId committeeId, ReceiptNumber receipt) {
        access.require(CONSULTATION_READ, Target.committee(committeeId));
        PublicSubmission submission = desk.lookUp(receipt);
        if (!submission.committeeId().equals(committeeId)) {
            throw new NotFoundException("submission", null, receipt);
        }
        return submission;
    }

    public List<PublicSubmission> submissions(CommitteeId committeeId, int year) {
        access.require(CONSULTATION_READ, Target.committee(committeeId));
        return submissions.of(committeeId, year);
    }

    public PublicSubmission adopt(CommitteeId committeeId, ReceiptNumber receipt, long expectedPlanVersion, Topic topic, String reply) {
        PublicSubmission submission = ofCommittee(committeeId, receipt);
        PublicSubmission adopted = desk.adopt(submission.receipt(), expectedPlanVersion, topic, reply);
        audit.change(committeeId, "public-submission", receipt.toString(), Map.of("status", submission.status().name()),
                Map.of("status", adopted.status().name(), "topic", topic.title()));
        return adopted;
    }

    public PublicSubmission decline(CommitteeId committeeId, ReceiptNumber receipt, long expectedVersion, String reason) {
        PublicSubmission submission = ofCommittee(committeeId, receipt);
        PublicSubmission declined = desk.decline(submission.receipt(), expectedVersion, reason);
        audit.change(committeeId, "public-submission", receipt.toString(), Map.of("status", submission.status().name()),
                Map.of("status", declined.status().name(), "reply", reason));
        return declined;
    }

    private PublicSubmission ofCommittee(CommitteeId committeeId, ReceiptNumber receipt) {
        access.require(CONSULTATION_MANAGE, Target.committee(committeeId));
        PublicSubmission submission = desk.lookUp(receipt);
        if (!submission.committeeId().equals(committeeId)) {
            throw new NotFoundException("submission", null, receipt);
        }
        return submission;
    }
}
