package org.xieshang.app.application.duty;

import static org.xieshang.domain.security.Permission.DUTY_FILE_READ;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AuditLog;
import org.xieshang.domain.activity.Activities;
import org.xieshang.domain.activity.ActivityQuery;
import org.xieshang.domain.audit.AuditAction;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.duty.evaluation.AnnualEvaluation;
import org.xieshang.domain.duty.evaluation.DutyAssessment;
import org.xieshang.domain.duty.evaluation.DutyFacts;
import org.xieshang.domain.duty.evaluation.MemberEvaluation;
import org.xieshang.domain.duty.evaluation.MemberFacts;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.duty.scoring.ScoringScheme;
import org.xieshang.domain.duty.scoring.ScoringSchemes;
import org.xieshang.domain.duty.statistics.AnnualNotification;
import org.xieshang.domain.duty.statistics.QuarterlyStatistics;
import org.xieshang.domain.duty.statistics.TermEvaluation;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.shared.DomainException;

/**
 * The duty statistics and reports (一季一统计、一年一通报、一年一评比, term-end evaluation), computed from the stored
 * ledgers under the committee's current scheme and rules.
 */
@ApplicationScoped
@Transactional
public class DutyStatisticsService {

    @Inject
    Committees committees;

    @Inject
    Activities activities;

    @Inject
    ScoringSchemes schemes;

    @Inject
    DutyFacts facts;

    @Inject
    DutyAssessment assessment;

    @Inject
    AccessControl access;

    @Inject
    DutyDirectories directories;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A statistic with the names to show it. */
    public record Report<T>(T data, DutyDirectory directory) {
    }

    public Report<QuarterlyStatistics> quarterly(CommitteeId committeeId, int year, int quarter) {
        Committee committee = readable(committeeId);
        List<MemberEvaluation> evaluations = evaluate(committee, year);
        QuarterlyStatistics statistics = QuarterlyStatistics.of(year, quarter, evaluations,
                activities.list(ActivityQuery.ofYear(committeeId, year)));
        return new Report<>(statistics, directory(committee, termFor(committee, year)));
    }

    public Report<AnnualNotification> annual(CommitteeId committeeId, int year) {
        Committee committee = readable(committeeId);
        DutyDirectory directory = directory(committee, termFor(committee, year));
        return new Report<>(AnnualNotification.of(year, evaluate(committee, year), directory.byName()), directory);
    }

    public Report<TermEvaluation> term(CommitteeId committeeId, int termNumber) {
        Committee committee = readable(committeeId);
        Term term = committee.requireTerm(termNumber);
        int lastYear = Math.min(term.endInclusive().getYear(), LocalDate.now(clock).getYear());
        List<MemberFacts> termFacts = facts.load(committee, termNumber, lastYear);
        List<AnnualScore> scores = new ArrayList<>();
        for (int year = term.startInclusive().getYear(); year <= lastYear; year++) {
            Optional<ScoringScheme> scheme = schemes.current(committeeId, year);
            if (scheme.isPresent()) {
                scores.addAll(schemes.scores(committeeId, year, scheme.get().revision()));
            }
        }
        DutyDirectory directory = directory(committee, term);
        return new Report<>(TermEvaluation.of(term, termFacts, scores, directory.byName()), directory);
    }

    /**
     * Notes in the audit trail that statistics left the system as a file.
     *
     * @param committeeId the committee, not null
     * @param what        which statistics, such as {@code annual 2025}; not null
     */
    public void recordExport(CommitteeId committeeId, String what) {
        readable(committeeId);
        audit.record(AuditAction.EXPORT, Optional.of(committeeId), "duty-statistics", committeeId.toString(), what);
    }

    /**
     * @param committee a committee, not null
     * @param year      a year
     * @return the term in which the year's middle falls, or else the last term running that year
     * @throws DomainException {@code evaluation.year.outside-term} if no term runs that year
     */
    public static Term termFor(Committee committee, int year) {
        return committee.termOn(LocalDate.of(year, 7, 1)).or(() -> committee.terms().stream()
                        .filter(t -> t.startInclusive().getYear() <= year && t.endInclusive().getYear() >= year)
                        .reduce((first, second) -> second))
                .orElseThrow(() -> new DomainException("evaluation.year.outside-term", "year", String.valueOf(year)));
    }

    private List<MemberEvaluation> evaluate(Committee committee, int year) {
        Term term = termFor(committee, year);
        AnnualEvaluation evaluation = new AnnualEvaluation(year, LocalDate.now(clock), schemes.current(committee.id(), year),
                assessment.policy(committee.id()));
        return evaluation.evaluateAll(facts.load(committee, term.number(), year));
    }

    private DutyDirectory directory(Committee committee, Term term) {
        return directories.forTerm(committee.id(), term.number());
    }

    private Committee readable(CommitteeId committeeId) {
        Committee committee = committees.require(committeeId);
        access.require(DUTY_FILE_READ, Target.committee(committeeId));
        return committee;
    }
}
