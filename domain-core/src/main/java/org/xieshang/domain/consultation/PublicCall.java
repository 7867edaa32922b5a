package org.xieshang.domain.consultation;

import java.time.LocalDate;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.Guard;

/**
 * An open call to society for consultation topics (面向社会征集议题, 000, 002) with its submission window: anyone may
 * submit from the first day to the last, inclusive. Immutable.
 *
 * @param committeeId the committee calling, not null
 * @param year        the plan year the topics are for
 * @param notice      the call's text as published, not blank, at most 2000 characters
 * @param opensOn     first day of submissions, not null
 * @param closesOn    last day of submissions, not before {@code opensOn}
 */
public record PublicCall(CommitteeId committeeId, int year, String notice, LocalDate opensOn, LocalDate closesOn) {

    /** Validates every part. */
    public PublicCall {
        Guard.required(committeeId, "committeeId");
        notice = Guard.text(notice, "notice", 2000);
        Guard.required(opensOn, "opensOn");
        Guard.required(closesOn, "closesOn");
        Guard.check(!closesOn.isBefore(opensOn), "call.window.reversed", "closesOn");
    }

    /**
     * @param day a day, not null
     * @return whether submissions are accepted that day
     */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /**
     * @param draft what was submitted, not null
     * @param today the day it arrives, not null
     * @param receipt the receipt number to give the submitter, not null
     * @return the submission as received, never null
     * @throws org.xieshang.domain.shared.DomainException {@code call.not-open} before the window, {@code call.closed} after it
     */
    public PublicSubmission receive(PublicSubmissionDraft draft, LocalDate today, ReceiptNumber receipt) {
        Guard.required(draft, "submission");
        Guard.check(!today.isBefore(opensOn), "call.not-open", "submission", opensOn);
        Guard.check(!today.isAfter(closesOn), "call.closed", "submission", closesOn);
        return PublicSubmission.received(receipt, committeeId, year, draft, today);
    }
}
