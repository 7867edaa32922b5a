package org.xieshang.app.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the proposal endpoints. Bean Validation catches the shape; the domain checks the rules. */
public final class ProposalRequests {

    private ProposalRequests() {
    }

    /** A draft or its revision. */
    public static class DraftRequest {
        @Min(1949)
        @Max(9999)
        public int year;
        @NotBlank
        public String origin;
        /** MEMBER (default), SECTOR, PARTY or SPECIAL_COMMITTEE. */
        public String proposerKind;
        /** The lead member; for a member's own proposal, the signed-in member when absent. */
        public String leadMemberId;
        /** The sector's, party's or special committee's name, for collective proposals. */
        @Size(max = 100)
        public String organisation;
        @NotBlank
        @Size(max = 100)
        public String title;
        @NotBlank
        @Size(max = 10_000)
        public String grounds;
        @NotBlank
        @Size(max = 10_000)
        public String suggestions;
        @NotBlank
        public String category;
    }

    /** A note or reason, optional or required by the rule. */
    public static class NoteRequest {
        @Size(max = 1000)
        public String note;
    }

    public static class MemberRequest {
        @NotBlank
        public String memberId;
    }

    public static class InvitationAnswer {
        public boolean accept;
    }

    public static class RefusalRequest {
        @NotBlank
        public String reason;
        @Size(max = 1000)
        public String note;
    }

    public static class MergeRequest {
        @NotBlank
        public String into;
    }

    public static class KeyRequest {
        @NotEmpty
        public List<@NotBlank @Size(max = 50) String> leadingLeaders;
        public List<@NotBlank @Size(max = 50) String> supervisingLeaders;
    }

    public static class AssignmentRequest {
        /** SEPARATE (default), JOINT or SPECIAL; bundles go to committees/{id}/proposals/bundles. */
        public String mode;
        @NotBlank
        public String leadUnitId;
        public List<@NotBlank String> coUnitIds;
        /** A working day; absent for the default period of the proposal's origin. */
        public LocalDate deadline;
    }

    public static class BundleRequest {
        @NotEmpty
        @Valid
        public List<BundledProposal> proposals;
        @NotBlank
        public String leadUnitId;
        public List<@NotBlank String> coUnitIds;
        public LocalDate deadline;
    }

    public static class BundledProposal {
        @NotBlank
        public String id;
        @NotNull
        public Long version;
    }

    public static class CommunicationRequest {
        @NotBlank
        public String phase;
        @NotBlank
        public String method;
        @NotNull
        public LocalDate on;
        @NotBlank
        @Size(max = 2000)
        public String summary;
    }

    public static class ExtensionRequest {
        @Min(1)
        @Max(65)
        public int workingDays;
        @NotBlank
        @Size(max = 1000)
        public String reason;
    }

    public static class ExtensionDecision {
        public boolean grant;
        @Size(max = 1000)
        public String note;
    }

    public static class CountersignRequest {
        @NotBlank
        @Size(max = 5000)
        public String opinion;
    }

    public static class AnswerRequest {
        @NotBlank
        public String result;
        @NotBlank
        @Size(max = 20_000)
        public String text;
    }

    public static class RatingRequest {
        @NotBlank
        public String satisfaction;
        public boolean contacted;
        @Size(max = 2000)
        public String comment;
    }

    public static class RehandleRequest {
        @NotBlank
        @Size(max = 1000)
        public String reason;
        public LocalDate deadline;
    }

    public static class SupervisionRequest {
        @NotBlank
        public String grade;
        @NotBlank
        @Size(max = 100)
        public String supervisor;
        @Size(max = 2000)
        public String note;
        @NotNull
        public LocalDate gradedOn;
    }
}
