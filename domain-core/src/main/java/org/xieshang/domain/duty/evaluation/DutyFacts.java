package org.xieshang.domain.duty.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.activity.Activities;
import org.xieshang.domain.activity.ActivityQuery;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.activity.Invitation;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEvents;
import org.xieshang.domain.duty.discipline.AttendanceFact;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.duty.scoring.ScoringScheme;
import org.xieshang.domain.duty.scoring.ScoringSchemes;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.member.TermMembership;
import org.xieshang.domain.shared.Guard;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/**
 * Loads what an evaluation needs from storage: the term's members who served in the year, their events and
 * attendance from the term's start to the end of the year, and their scores of the term's earlier years.
 * Reads each port once per committee, not once per member. Thread-safe if its ports are.
 */
public final class DutyFacts {

    private final Members members;
    private final DutyEvents events;
    private final Activities activities;
    private final ScoringSchemes schemes;

    /**
     * @param members    member storage, not null
     * @param events     duty event storage, not null
     * @param activities activity storage, not null
     * @param schemes    scheme and score storage, not null
     */
    public DutyFacts(Members members, DutyEvents events, Activities activities, ScoringSchemes schemes) {
        this.members = Objects.requireNonNull(members, "members");
        this.events = Objects.requireNonNull(events, "events");
        this.activities = Objects.requireNonNull(activities, "activities");
        this.schemes = Objects.requireNonNull(schemes, "schemes");
    }

    /**
     * @param committee  the committee, not null
     * @param termNumber the term
     * @param year       a year the term runs in
     * @return the facts of every member of the term who served in the year, in the registry's name order; never null
     * @throws org.xieshang.domain.shared.DomainException {@code evaluation.year.outside-term}
     */
    public List<MemberFacts> load(Committee committee, int termNumber, int year) {
        Term term = committee.requireTerm(termNumber);
        Guard.check(term.startInclusive().getYear() <= year && term.endInclusive().getYear() >= year, "evaluation.year.outside-term", "year",
                term.displayName());
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate until = LocalDate.of(year, 12, 31).isAfter(term.endInclusive()) ? term.endInclusive() : LocalDate.of(year, 12, 31);
        Map<MemberId, TermMembership> serving = new LinkedHashMap<>();
        MemberQuery query = MemberQuery.of(committee.id()).withTerm(termNumber);
        Page<Member> page;
        int number = 0;
        do {
            page = members.search(query, PageRequest.of(number++, PageRequest.MAX_SIZE));
            for (Member member : page.items()) {
                member.membership(termNumber).filter(m -> !m.sinceInclusive().isAfter(until)
                                && m.endedOn().map(end -> !end.isBefore(yearStart)).orElse(true))
                        .ifPresent(m -> serving.put(member.id(), m));
            }
        } while (page.hasNext());

        Map<MemberId, List<DutyEvent>> eventsByMember = new HashMap<>();
        events.forEachOfCommittee(committee.id(), term.startInclusive(), until, event -> {
            if (serving.containsKey(event.memberId())) {
                eventsByMember.computeIfAbsent(event.memberId(), m -> new ArrayList<>()).add(event);
            }
        });
        Map<MemberId, List<AttendanceFact>> attendance = new HashMap<>();
        for (DutyActivity activity : activities.list(new ActivityQuery(committee.id(), term.startInclusive(), until, Optional.empty()))) {
            for (Invitation invitation : activity.invitations()) {
                TermMembership membership = serving.get(invitation.memberId());
                if (membership != null && membership.covers(activity.day())) {
                    attendance.computeIfAbsent(invitation.memberId(), m -> new ArrayList<>()).add(new AttendanceFact(activity.id(), activity.kind(),
                            activity.day(), activity.details().title(), invitation.obligatory(), invitation.attendance(),
                            membership.wasStandingOn(activity.day())));
                }
            }
        }
        Map<MemberId, List<AnnualScore>> earlier = new HashMap<>();
        for (int y = term.startInclusive().getYear(); y < year; y++) {
            Optional<ScoringScheme> scheme = schemes.current(committee.id(), y);
            if (scheme.isPresent()) {
                for (AnnualScore score : schemes.scores(committee.id(), y, scheme.get().revision())) {
                    earlier.computeIfAbsent(score.memberId(), m -> new ArrayList<>()).add(score);
                }
            }
        }
        List<MemberFacts> facts = new ArrayList<>(serving.size());
        serving.forEach((memberId, membership) -> facts.add(new MemberFacts(memberId, term, membership,
                eventsByMember.getOrDefault(memberId, List.of()), attendance.getOrDefault(memberId, List.of()),
                earlier.getOrDefault(memberId, List.of()))));
        return facts;
    }
}
