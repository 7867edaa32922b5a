package org.xieshang.app.interfaces.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.Answer;
import org.xieshang.domain.proposal.AnswerResult;
import org.xieshang.domain.proposal.Filing;
import org.xieshang.domain.proposal.FilingDecision;
import org.xieshang.domain.proposal.Handling;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.proposal.ProposalOrigin;
import org.xieshang.domain.proposal.ProposalStatus;
import org.xieshang.domain.proposal.Rating;
import org.xieshang.domain.proposal.Satisfaction;
import org.xieshang.domain.proposal.UnitRole;

/**
 * One proposal as a row of the register export (提案登记表), with the names of its members and units. A null field is
 * an empty cell: no number before filing, no unit, deadline or answer before assignment. Immutable.
 *
 * @param number     the filing number, or null
 * @param title      the title, not null
 * @param category   the category, not null
 * @param origin     plenary session or between sessions, not null
 * @param proposer   the lead member's name, or the sector's, party's or special committee's; not null
 * @param coSigners  the names of the members who co-signed, not null
 * @param status     the status, not null
 * @param filing     the filing review's decision, or null
 * @param leadUnit   the lead unit's name, or null
 * @param coUnits    the co-handling units' names, not null
 * @param deadline   the current deadline, or null
 * @param answeredOn the day of the latest answer, or null
 * @param result     the latest answer's result class, or null
 * @param rating     the proposer's latest rating, or null
 * @param key        whether it is a key proposal (重点提案)
 * @param overdue    whether its answer is past the deadline today
 */
public record ProposalRegisterLine(Integer number, String title, ProposalCategory category, ProposalOrigin origin, String proposer,
                                   List<String> coSigners, ProposalStatus status, FilingDecision filing, String leadUnit, List<String> coUnits,
                                   LocalDate deadline, LocalDate answeredOn, AnswerResult result, Satisfaction rating, boolean key,
                                   boolean overdue) {

    /** Copies the lists. */
    public ProposalRegisterLine {
        coSigners = List.copyOf(coSigners);
        coUnits = List.copyOf(coUnits);
    }

    /**
     * @param p       a proposal, not null
     * @param members names a member, not null
     * @param units   names a handling unit, not null
     * @param today   the committee's day, for what is overdue; not null
     * @return its line, never null
     */
    static ProposalRegisterLine of(Proposal p, Function<MemberId, String> members, Function<HandlingUnitId, String> units, LocalDate today) {
        Optional<MemberId> lead = p.proposer().leadMember();
        List<String> coSigners = p.signatories().stream().filter(m -> lead.filter(m::equals).isEmpty()).map(members).toList();
        Optional<Handling> handling = p.handling();
        // The latest answer and rating, not the current round's: during a second round the register still shows what
        // the unit answered and why the proposer sent it back.
        Optional<Answer> answer = handling.flatMap(h -> h.answers().stream().reduce((first, second) -> second));
        return new ProposalRegisterLine(p.number().orElse(null), p.content().title(), p.content().category(), p.origin(),
                lead.map(members).orElseGet(() -> p.proposer().organisation().orElse("")), coSigners, p.status(),
                p.filing().map(Filing::decision).orElse(null), handling.map(h -> units.apply(h.lead().unitId())).orElse(null),
                handling.map(h -> h.tasks().stream().filter(t -> t.role() == UnitRole.CO_HANDLING).map(t -> units.apply(t.unitId())).toList())
                        .orElse(List.of()),
                p.deadline().orElse(null), answer.map(Answer::answeredOn).orElse(null), answer.map(Answer::result).orElse(null),
                handling.flatMap(Handling::latestRating).map(Rating::satisfaction).orElse(null), p.key().isPresent(), p.isOverdue(today));
    }
}
