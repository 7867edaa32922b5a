package org.xieshang.app.interfaces.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the social-condition report endpoints. Bean Validation catches the shape; the domain checks the rules. */
public final class SocialReportRequests {

    private SocialReportRequests() {
    }

    /** A draft's revision: its co-authors and text (PUT social-reports/{id}). */
    public static class DraftChange {
        /** Members writing it with the submitter; none when absent. */
        public List<@NotBlank String> coAuthorIds;
        @NotBlank
        @Size(max = 100)
        public String title;
        @NotBlank
        @Size(max = 10_000)
        public String text;
        @NotBlank
        public String category;
    }

    /** A new draft. */
    public static class DraftRequest extends DraftChange {
        /** The year it counts for; this year when absent. */
        @Min(1949)
        @Max(9999)
        public Integer year;
        /** The member writing it, when the office enters a report (committees/{id}/social-reports); a member writes their own. */
        public String submitterId;
    }

    /** The office's edited version (编辑加工). */
    public static class EditRequest {
        @NotBlank
        @Size(max = 100)
        public String title;
        @NotBlank
        @Size(max = 10_000)
        public String text;
        @NotBlank
        public String category;
    }

    /** A note, optional. */
    public static class NoteRequest {
        @Size(max = 1000)
        public String note;
    }

    /** A reason, required. */
    public static class ReasonRequest {
        @NotBlank
        @Size(max = 1000)
        public String reason;
    }

    /** A report to an upper body (报送上级). */
    public static class UpwardRequest {
        /** Such as 省政协, 全国政协, 市委办公室. */
        @NotBlank
        @Size(max = 50)
        public String recipient;
        /** The day it was sent; today when absent. */
        public LocalDate reportedOn;
    }

    /** An upper body's adoption of a report sent to it. */
    public static class UpperAdoptionRequest {
        @NotBlank
        @Size(max = 50)
        public String recipient;
        /** The day it adopted the report; today when absent. */
        public LocalDate adoptedOn;
        @Size(max = 1000)
        public String note;
    }

    /** A leader's instruction (领导批示). */
    public static class InstructionRequest {
        /** The leader with their post, such as 市委书记 王某某. */
        @NotBlank
        @Size(max = 100)
        public String leader;
        @NotBlank
        @Size(max = 5000)
        public String text;
        /** The day it was written; today when absent. */
        public LocalDate givenOn;
    }
}
