package org.xieshang.app.application.socialreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A social-condition report as the API shows it and the change feed carries it: everything stored, with its members'
 * names. Nullable fields are absent when empty. Immutable.
 */
public record SocialReportView(String id, String committeeId, int year, String status, String submitterId, String submitterName,
                               List<AuthorView> coAuthors, String title, String text, String category, String originProposalId, Instant submittedAt,
                               EditingView editing, DecisionView decision, List<UpwardReportView> upwardReports,
                               List<InstructionView> instructions, List<TransitionView> history, long version) {

    /** A co-author. */
    public record AuthorView(String memberId, String name) {
    }

    /** The office's edited version. */
    public record EditingView(String title, String text, String category, String editedBy, LocalDate editedOn) {
    }

    /** Whether it was adopted. */
    public record DecisionView(boolean adopted, String note, String decidedBy, LocalDate decidedOn) {
    }

    /** A report to an upper body. */
    public record UpwardReportView(String recipient, LocalDate reportedOn, boolean adopted, LocalDate adoptedOn, String adoptionNote) {
    }

    /** A leader's instruction. */
    public record InstructionView(String leader, String text, LocalDate givenOn) {
    }

    /** A history entry. */
    public record TransitionView(String action, String from, String to, String actor, Instant at, String note) {
    }
}
