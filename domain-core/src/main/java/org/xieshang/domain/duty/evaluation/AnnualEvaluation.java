package org.xieshang.domain.duty.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyFile;
import org.xieshang.domain.duty.DutyPeriod;
import org.xieshang.domain.duty.discipline.AttendanceSummary;
import org.xieshang.domain.duty.discipline.DisciplinePolicy;
import org.xieshang.domain.duty.discipline.FindingDraft;
import org.xieshang.domain.duty.discipline.MemberYear;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.duty.scoring.ScoringScheme;
import org.xieshang.domain.shared.Guard;

/**
 * Evaluates members' years: builds each duty file, scores it under the scheme and runs the discipline rules.
 * Pure computation, no storage; immutable and thread-safe, so a caller may split a large committee (or a
 * province) across threads.
 */
public final class AnnualEvaluation {

    private final int year;
    private final LocalDate asOf;
    private final Optional<ScoringScheme> scheme;
    private final DisciplinePolicy policy;

    /**
     * @param year   the year evaluated
     * @param asOf   the day of the evaluation, not null
     * @param scheme the year's scoring scheme, if the committee scores; its year must match
     * @param policy the committee's discipline rules, not null
     */
    public AnnualEvaluation(int year, LocalDate asOf, Optional<ScoringScheme> scheme, DisciplinePolicy policy) {
        this.year = year;
        this.asOf = Guard.required(asOf, "asOf");
        this.scheme = Guard.required(scheme, "scheme");
        scheme.ifPresent(s -> Guard.check(s.year() == year, "scoring.year.mismatch", "year", s.year()));
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * @param facts one member's facts, not null
     * @return the member's evaluated year, never null
     */
    public MemberEvaluation evaluate(MemberFacts facts) {
        DutyPeriod yearPeriod = DutyPeriod.year(year);
        LocalDate termStart = facts.term().startInclusive();
        DutyPeriod termToDate = new DutyPeriod(termStart.isAfter(yearPeriod.untilInclusive()) ? yearPeriod.untilInclusive() : termStart,
                yearPeriod.untilInclusive());
        List<DutyEvent> events = facts.events();
        int inTerm = 0;
        int inYear = 0;
        for (DutyEvent event : events) {
            if (termToDate.covers(event.occurredOn())) {
                inTerm++;
                if (event.occurredOn().getYear() == year) {
                    inYear++;
                }
            }
        }
        // Mostly every event loaded is of the year: the (immutable) list then goes into the file as it is, uncopied.
        List<DutyEvent> ofYear = inYear == events.size() ? events
                : events.stream().filter(e -> termToDate.covers(e.occurredOn()) && e.occurredOn().getYear() == year).toList();
        DutyFile yearFile = DutyFile.of(facts.memberId(), yearPeriod, ofYear);
        boolean termBeganEarlier = !termStart.isAfter(yearPeriod.fromInclusive());
        DutyFile termFile = termBeganEarlier && ofYear.size() == inTerm ? yearFile.covering(termToDate)
                : DutyFile.of(facts.memberId(), termToDate, facts.events().stream().filter(e -> termToDate.covers(e.occurredOn())).toList());
        Optional<AnnualScore> score = scheme.map(s -> s.score(yearFile));
        MemberYear memberYear = new MemberYear(facts.memberId(), facts.term(), facts.membership(), year, asOf, yearFile, termFile,
                facts.attendance(), score, facts.earlierScores());
        List<FindingDraft> findings = new ArrayList<>(2);
        policy.check(memberYear, findings::add);
        AttendanceSummary attendance = AttendanceSummary.of(facts.attendance(),
                f -> f.day().getYear() == year && facts.membership().covers(f.day()));
        return new MemberEvaluation(memberYear, score, attendance, findings);
    }

    /**
     * @param members the members' facts, not null
     * @return each member's evaluated year, in the same order; never null
     */
    public List<MemberEvaluation> evaluateAll(List<MemberFacts> members) {
        List<MemberEvaluation> results = new ArrayList<>(members.size());
        for (MemberFacts facts : members) {
            results.add(evaluate(facts));
        }
        return results;
    }

    /** @return the year evaluated */
    public int year() {
        return year;
    }
}
