package org.xieshang.app.application.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposal as the API shows it and the change feed carries it: everything stored, with the names of its members and
 * units. Nullable fields are absent when empty. Immutable.
 */
public record ProposalView(String id, String committeeId, int year, Integer number, String origin, String status, String proposerKind,
                           String leadMemberId, String leadMemberName, String organisation, String title, String grounds, String suggestions,
                           String category, List<CoSignerView> coSigners, FilingView filing, KeyView key, HandlingView handling,
                           List<TransitionView> history, long version) {

    /** A co-signer. */
    public record CoSignerView(String memberId, String name, String status) {
    }

    /** The filing review's decision. */
    public record FilingView(String decision, Integer number, String reason, String mergedInto, String note, LocalDate decidedOn) {
    }

    /** The key-proposal designation. */
    public record KeyView(List<String> leadingLeaders, List<String> supervisingLeaders, LocalDate designatedOn) {
    }

    /** The handling since assignment. */
    public record HandlingView(String mode, String bundleId, LocalDate assignedOn, LocalDate deadline, int round, List<TaskView> tasks,
                               List<CommunicationView> communications, ExtensionRequestView pendingExtension, List<ExtensionView> extensions,
                               List<AnswerView> answers, List<RatingView> ratings, SupervisionView supervision) {
    }

    /** One unit's task. */
    public record TaskView(String unitId, String unitName, String role, LocalDate acknowledgedOn, Integer countersignRound, String countersignOpinion,
                           LocalDate countersignedOn) {
    }

    /** A logged contact. */
    public record CommunicationView(String unitId, String phase, String method, LocalDate on, String summary) {
    }

    /** An extension request. */
    public record ExtensionRequestView(int workingDays, String reason, LocalDate requestedOn) {
    }

    /** A decided extension request. */
    public record ExtensionView(ExtensionRequestView request, boolean granted, LocalDate newDeadline, String decidedBy, LocalDate decidedOn,
                                String note) {
    }

    /** An answer. */
    public record AnswerView(int round, String unitId, String result, String text, LocalDate answeredOn, LocalDate deadline, boolean onTime) {
    }

    /** A rating. */
    public record RatingView(int round, String satisfaction, boolean contacted, String comment, String ratedBy, LocalDate ratedOn) {
    }

    /** The supervision's grade. */
    public record SupervisionView(String grade, String supervisor, String note, LocalDate gradedOn) {
    }

    /** A history entry. */
    public record TransitionView(String action, String from, String to, String actor, Instant at, String note) {
    }
}
