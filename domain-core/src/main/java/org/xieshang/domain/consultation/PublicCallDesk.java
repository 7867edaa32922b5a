package org.xieshang.domain.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.Guard;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.shared.Versions;

/**
 * Use cases of a plan's call to society for topics: a submission received inside the window gets a receipt number;
 * the consultation office adopts it as a topic of the draft plan or declines it with a reason the submitter reads
 * under that number. Thread-safe if its ports are.
 */
public final class PublicCallDesk {

    private static final int RECEIPT_ATTEMPTS = 5;

    private final ConsultationPlans plans;
    private final PublicSubmissions submissions;
    private final Clock clock;

    /**
     * @param plans       plan storage (the call is kept with its plan), not null
     * @param submissions submission storage, not null
     * @param clock       the committee's clock, not null
     */
    public PublicCallDesk(ConsultationPlans plans, PublicSubmissions submissions, Clock clock) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.submissions = Objects.requireNonNull(submissions, "submissions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param committeeId the committee, not null
     * @param year        the plan year
     * @param draft       what a member of the public submitted, not null
     * @return the submission as stored, with the receipt number to give the submitter; never null
     * @throws org.xieshang.domain.shared.DomainException {@code call.none}, {@code call.not-open}, {@code call.closed}
     */
    public PublicSubmission receive(CommitteeId committeeId, int year, PublicSubmissionDraft draft) {
        ConsultationPlan plan = plans.require(committeeId, year);
        LocalDate today = LocalDate.now(clock);
        // ~59 random bits make a clash all but impossible; trying again keeps it from ever reaching the submitter.
        for (int attempt = 1; ; attempt++) {
            ReceiptNumber receipt = ReceiptNumber.generate();
            if (submissions.find(receipt).isEmpty() || attempt == RECEIPT_ATTEMPTS) {
                return submissions.save(plan.receive(draft, today, receipt));
            }
        }
    }

    /**
     * @param receipt a receipt number, not null
     * @return the submission, never null
     * @throws NotFoundException {@code not-found.submission}
     */
    public PublicSubmission lookUp(ReceiptNumber receipt) {
        return submissions.find(Guard.required(receipt, "receipt")).orElseThrow(() -> new NotFoundException("submission", null, receipt));
    }

    /**
     * Makes a submission a topic of the draft plan (source {@link TopicSource#PUBLIC_CALL}) and answers the submitter.
     *
     * @param receipt             the submission, not yet answered; not null
     * @param expectedPlanVersion the plan's version the caller read
     * @param topic               the topic, made with {@link PublicSubmission#asTopic} or worded by the office; not null
     * @param reply               what the submitter reads, may be null
     * @return the submission adopted, as stored; never null
     */
    public PublicSubmission adopt(ReceiptNumber receipt, long expectedPlanVersion, Topic topic, String reply) {
        PublicSubmission submission = lookUp(receipt);
        PublicSubmission adopted = submission.adopt(topic, reply);
        ConsultationPlan plan = plans.require(submission.committeeId(), submission.year());
        Versions.check("consultation-plan", submission.year(), plan.version(), expectedPlanVersion);
        if (plan.topic(topic.id()).isPresent()) {
            throw new DuplicateException("plan.topic.duplicate", "topic", topic.title());
        }
        ConsultationPlan withTopic = plan.putTopic(topic);
        // Every check is done before the first write, and the submission (whose concurrent answer is likelier) goes first.
        PublicSubmission stored = submissions.save(adopted);
        plans.save(withTopic);
        return stored;
    }

    /**
     * @param receipt         the submission, not yet answered; not null
     * @param expectedVersion the submission's version the caller read
     * @param reason          why it is not taken up, which the submitter reads; not blank
     * @return the submission declined, as stored; never null
     */
    public PublicSubmission decline(ReceiptNumber receipt, long expectedVersion, String reason) {
        PublicSubmission submission = lookUp(receipt);
        Versions.check("submission", receipt, submission.version(), expectedVersion);
        return submissions.save(submission.decline(reason));
    }
}
