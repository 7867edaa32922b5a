package org.xieshang.domain.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.Guard;

/**
 * A recorded decision about a member's membership or standing role: what, by whom (e.g. 主席会议), when,
 * from when, and on what grounds. Immutable and thread-safe.
 *
 * @param id             identifier, not null
 * @param kind           what the decision does, not null
 * @param termNumber     the term concerned
 * @param sectorId       the sector, present exactly for decisions that name one ({@link DecisionKind#needsSector()})
 * @param decidedBy      the deciding body, such as 主席会议 or 常务委员会会议, not blank
 * @param decidedOn      the day of the decision, not null
 * @param effectiveOn    the day the change takes effect, not null
 * @param grounds        the grounds (事由), not blank
 * @param documentNumber the document reference (文号), if any
 * @param recordedAt     when it was entered into the registry, not null
 */
public record MembershipDecision(DecisionId id, DecisionKind kind, int termNumber, Optional<SectorId> sectorId, String decidedBy,
                                 LocalDate decidedOn, LocalDate effectiveOn, String grounds, Optional<String> documentNumber,
                                 Instant recordedAt) {

    /** Longest deciding body. */
    public static final int DECIDED_BY_MAX = 50;
    /** Longest grounds. */
    public static final int GROUNDS_MAX = 1000;
    /** Longest document reference. */
    public static final int DOCUMENT_NUMBER_MAX = 50;
    /** The bodies that usually decide on membership (000), for forms to offer. */
    public static final List<String> USUAL_DECIDING_BODIES = List.of("主席会议", "常务委员会会议", "全体会议");

    /** Validates every field. */
    public MembershipDecision {
        Guard.required(id, "id");
        Guard.required(kind, "kind");
        Guard.required(sectorId, "sectorId");
        Guard.check(sectorId.isPresent() == kind.needsSector(), kind.needsSector() ? "field.required" : "decision.sector.unexpected",
                "sectorId", "sectorId");
        decidedBy = Guard.text(decidedBy, "decidedBy", DECIDED_BY_MAX);
        Guard.required(decidedOn, "decidedOn");
        Guard.required(effectiveOn, "effectiveOn");
        grounds = Guard.text(grounds, "grounds", GROUNDS_MAX);
        documentNumber = Optional.ofNullable(Guard.optionalText(Guard.required(documentNumber, "documentNumber").orElse(null),
                "documentNumber", DOCUMENT_NUMBER_MAX));
        Guard.required(recordedAt, "recordedAt");
    }
}
