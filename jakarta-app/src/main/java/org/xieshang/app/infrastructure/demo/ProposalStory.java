package org.xieshang.app.infrastructure.demo;

/**
 * How far a demo proposal gets, and by which path: the filing review comes shortly after the plenary session, the
 * assignment meeting (交办会) some four weeks later, and a proposal that is not answered by its deadline is overdue.
 * {@link ProposalPlanner} dates each path's steps.
 */
enum ProposalStory {
    /** A proposal between sessions the member is writing now, a co-signer invited and not yet answering. */
    DRAFT_OWN,
    /** A proposal between sessions being written now that invites the demo member account's member to co-sign. */
    DRAFT_INVITING_DEMO_MEMBER,
    /** Handed in at the session, withdrawn by its proposer before the filing review. */
    WITHDRAWN,
    /** Returned for revision at the filing review, revised and handed in again lately: waiting for the review. */
    RESUBMITTED,
    /** Not filed, for the catalogue entry's coded reason. */
    NOT_FILED,
    /** Merged into the catalogue's entry before it, which is filed the same day. */
    MERGED,
    /** Turned into a social-condition report at the filing review (a member's proposal only). */
    CONVERTED,
    /** Returned for revision, handed in again and filed lately: waiting for assignment. */
    FILED_LATE,
    /** Returned for revision, filed and assigned lately: the lead unit has not acknowledged it yet. */
    ASSIGNED_LATE,
    /** Assigned at the assignment meeting and never acknowledged by its lead unit: overdue. */
    UNACKNOWLEDGED,
    /** Acknowledged, discussed with the proposer and countersigned, but not answered by its deadline. */
    OVERDUE,
    /** Granted an extension before its deadline, and not answered by the new one either. */
    EXTENDED_OVERDUE,
    /** Overdue, with the lead unit's request for more time lately made and not yet decided. */
    EXTENSION_PENDING,
    /** Refused an extension, and overdue. */
    EXTENSION_REFUSED,
    /** A key proposal whose deadline falls within the next few working days; one co-handling unit still to countersign. */
    DUE_SOON_KEY,
    /** Handled specially (专门办理) with a deadline later this year: being handled on time. */
    ON_TRACK_SPECIAL,
    /** Answered on time; the proposer has not rated the answer yet. */
    ANSWERED,
    /** Answered and rated satisfied; not yet closed. */
    RATED_SATISFIED,
    /** Rated basically satisfied, and graded B by the government's supervision. */
    RATED_BASIC_GRADED,
    /** Rated unsatisfied: the proposal office has still to decide on re-handling; graded C by the supervision. */
    RATED_UNSATISFIED,
    /** Rated unsatisfied and sent back for a second round whose deadline falls within the next few working days. */
    REHANDLING_DUE_SOON,
    /** Answered, rated basically satisfied and closed. */
    CLOSED,
    /** A key proposal answered as solved, rated satisfied, closed and graded A by the supervision. */
    CLOSED_KEY_GRADED,
    /** Rated unsatisfied, handled a second time, then rated satisfied and closed. */
    CLOSED_SECOND_ROUND
}
