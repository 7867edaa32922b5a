package org.xieshang.domain.consultation;

import java.time.LocalDate;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.Guard;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/**
 * A topic submitted in a public call, with its receipt number and what became of it. Immutable.
 *
 * @param receipt     the number given to the submitter, not null
 * @param committeeId the committee, not null
 * @param year        the plan year
 * @param draft       what was submitted, not null
 * @param receivedOn  the day it arrived, not null
 * @param status      what became of it, not null
 * @param topicId     the topic made from it, exactly when adopted
 * @param reply       the answer the submitter reads (required when declined), at most 1000 characters
 * @param version     stored version
 */
public record PublicSubmission(ReceiptNumber receipt, CommitteeId committeeId, int year, PublicSubmissionDraft draft, LocalDate receivedOn,
                               SubmissionStatus status, Optional<TopicId> topicId, Optional<String> reply, long version) {

    /** Validates every part. */
    public PublicSubmission {
        Guard.required(receipt, "receipt");
        Guard.required(committeeId, "committeeId");
        Guard.required(draft, "draft");
        Guard.required(receivedOn, "receivedOn");
        Guard.required(status, "status");
        Guard.required(topicId, "topicId");
        reply = Guard.required(reply, "reply").map(r -> Guard.text(r, "reply", 1000));
        Guard.check(topicId.isPresent() == (status == SubmissionStatus.ADOPTED), "submission.topic.inconsistent", "topicId");
        Guard.check(status != SubmissionStatus.DECLINED || reply.isPresent(), "submission.decline.needs-reason", "reply");
        Guard.check(version >= 0, "version.negative", "version");
    }

    static PublicSubmission received(ReceiptNumber receipt, CommitteeId committeeId, int year, PublicSubmissionDraft draft, LocalDate on) {
        return new PublicSubmission(receipt, committeeId, year, draft, on, SubmissionStatus.RECEIVED, Optional.empty(), Optional.empty(), 0);
    }

    /**
     * The topic this submission becomes when the consultation office takes it up: its title, description and area as
     * submitted, source {@link TopicSource#PUBLIC_CALL}, and what the office plans for it.
     *
     * @param id                    the new topic's identifier, not null
     * @param plannedQuarter        quarter 1–4
     * @param plannedMonth          a month in that quarter, if planned so precisely
     * @param form                  how it is to be consulted, not null
     * @param leadSpecialCommittee  the special committee leading it, if any
     * @param counterpartDepartment the government department concerned, if any
     * @return the topic, unscreened, never null
     */
    public Topic asTopic(TopicId id, int plannedQuarter, Optional<Integer> plannedMonth, ConsultationForm form,
                         Optional<SpecialCommitteeId> leadSpecialCommittee, Optional<String> counterpartDepartment) {
        return new Topic(id, draft.title(), draft.description(), TopicSource.PUBLIC_CALL, draft.area(), leadSpecialCommittee, counterpartDepartment,
                plannedQuarter, plannedMonth, form, Optional.empty());
    }

    /**
     * @param topic the topic made from the submission (source {@link TopicSource#PUBLIC_CALL}), not null
     * @param reply what the submitter reads, may be null
     * @return the submission adopted, never null
     */
    public PublicSubmission adopt(Topic topic, String reply) {
        Guard.check(status == SubmissionStatus.RECEIVED, "submission.answered-already", "status");
        Guard.check(topic.source() == TopicSource.PUBLIC_CALL, "submission.topic.source", "topic");
        return new PublicSubmission(receipt, committeeId, year, draft, receivedOn, SubmissionStatus.ADOPTED, Optional.of(topic.id()),
                Optional.ofNullable(Guard.optionalText(reply, "reply", 1000)), version);
    }

    /**
     * @param reason why it is not taken up, not blank
     * @return the submission declined, never null
     */
    public PublicSubmission decline(String reason) {
        Guard.check(status == SubmissionStatus.RECEIVED, "submission.answered-already", "status");
        return new PublicSubmission(receipt, committeeId, year, draft, receivedOn, SubmissionStatus.DECLINED, Optional.empty(),
                Optional.of(Guard.text(reason, "reply", 1000)), version);
    }
}
