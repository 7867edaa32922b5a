package org.xieshang.app.infrastructure.demo;

import java.time.LocalDate;
import java.util.Optional;
import org.xieshang.app.infrastructure.demo.CommitteePlan.EndingPlan;
import org.xieshang.app.infrastructure.demo.CommitteePlan.Period;
import org.xieshang.app.infrastructure.demo.CommitteePlan.TermPlan;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.member.DecisionKind;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MembershipDecision;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.ChineseNumerals;

/**
 * Writes a demo member's membership decisions, in time order, the way a committee's clerk records them:
 * appointment by the standing committee (经协商产生), taking office at the first plenary session, election
 * to the standing committee, additions during the term and the planned endings. Decisions after today are
 * left out (appointments stay, dated no later than today), so that the record never runs ahead of the clock.
 */
final class MembershipHistory {

    private static final String STANDING_MEETING = "常务委员会会议";
    private static final String PLENARY = "全体会议";

    private final CommitteePlan plan;
    private final Committee committee;
    private final DemoCalendar calendar;
    private final DocumentNumbers documents;

    MembershipHistory(CommitteePlan plan, Committee committee, DemoCalendar calendar) {
        this.plan = plan;
        this.committee = committee;
        this.calendar = calendar;
        this.documents = new DocumentNumbers(plan.documentPrefix());
    }

    /**
     * @param registered the member, registered without memberships
     * @param sectorId   the member's sector
     * @param career     the member's career
     * @return the member with every decision recorded
     */
    Member write(Member registered, SectorId sectorId, Career career) {
        Member member = registered;
        if (career.continuing()) {
            member = serveWholeTerm(member, plan.previousTerm(), sectorId, career.standingInPreviousTerm());
        }
        TermPlan term = plan.currentTerm();
        if (career.midTermAddition()) {
            member = appointDuringTerm(member, term, sectorId);
        } else {
            member = serveWholeTerm(member, term, sectorId, career.standing() == Career.Standing.FROM_FIRST_SESSION);
        }
        if (career.standing() == Career.Standing.ADDED_LATER) {
            Period third = term.session(3);
            member = record(member, DecisionKind.STANDING_APPOINTMENT, term, Optional.empty(), PLENARY, third.end(),
                    sessionName(term, 3) + "增补为常务委员会委员", Optional.of(documents.batch("standing-added", third.end().getYear())));
        }
        if (career.ending().isPresent()) {
            EndingPlan ending = career.ending().get();
            member = record(member, ending.kind(), term, Optional.empty(), ending.decidedBy(), ending.decidedOn(), ending.grounds(),
                    Optional.of(documents.next(ending.decidedOn().getYear())));
        }
        return member;
    }

    private Member serveWholeTerm(Member member, TermPlan term, SectorId sectorId, boolean standing) {
        Member appointed = appoint(member, term, sectorId, term.appointedOn(), term.start(), "经协商产生，任" + termName(term) + "委员",
                documents.batch("appointment-" + term.number(), term.appointedOn().getYear()));
        Period first = term.session(1);
        Member serving = record(appointed, DecisionKind.TAKING_OFFICE, term, Optional.empty(), PLENARY, first.start(),
                "出席" + sessionName(term, 1) + "，就任委员", Optional.empty());
        if (!standing) {
            return serving;
        }
        return record(serving, DecisionKind.STANDING_APPOINTMENT, term, Optional.empty(), PLENARY, first.end(),
                sessionName(term, 1) + "选举为常务委员会委员",
                Optional.of(documents.batch("standing-" + term.number(), first.end().getYear())));
    }

    private Member appointDuringTerm(Member member, TermPlan term, SectorId sectorId) {
        LocalDate on = plan.midTermAdditionOn();
        Member appointed = appoint(member, term, sectorId, on, on, "经协商，增补为" + termName(term) + "委员",
                documents.batch("addition-" + term.number(), on.getYear()));
        int session = term.sessionNumberAfter(on);
        return record(appointed, DecisionKind.TAKING_OFFICE, term, Optional.empty(), PLENARY, term.session(session).start(),
                "出席" + sessionName(term, session) + "，就任委员", Optional.empty());
    }

    private Member appoint(Member member, TermPlan term, SectorId sectorId, LocalDate decidedOn, LocalDate effectiveOn, String grounds,
                           String documentNumber) {
        return member.record(decision(member, DecisionKind.APPOINTMENT, term, Optional.of(sectorId), STANDING_MEETING,
                calendar.notAfterToday(decidedOn), effectiveOn, grounds, Optional.of(documentNumber)), committee.requireTerm(term.number()));
    }

    /** Records a decision that takes effect the day it is taken, if that day has come. */
    private Member record(Member member, DecisionKind kind, TermPlan term, Optional<SectorId> sectorId, String decidedBy, LocalDate on,
                          String grounds, Optional<String> documentNumber) {
        if (!calendar.hasHappened(on)) {
            return member;
        }
        return member.record(decision(member, kind, term, sectorId, decidedBy, on, on, grounds, documentNumber),
                committee.requireTerm(term.number()));
    }

    private MembershipDecision decision(Member member, DecisionKind kind, TermPlan term, Optional<SectorId> sectorId, String decidedBy,
                                        LocalDate decidedOn, LocalDate effectiveOn, String grounds, Optional<String> documentNumber) {
        return new MembershipDecision(DemoIds.decision(plan.key(), member.code().value(), member.decisions().size()), kind, term.number(),
                sectorId, decidedBy, decidedOn, effectiveOn, grounds, documentNumber, calendar.recordedAt());
    }

    private String termName(TermPlan term) {
        return plan.name().replace("委员会", "第" + ChineseNumerals.of(term.number()) + "届委员会");
    }

    private static String sessionName(TermPlan term, int session) {
        return ChineseNumerals.of(term.number()) + "届" + ChineseNumerals.of(session) + "次会议";
    }
}
