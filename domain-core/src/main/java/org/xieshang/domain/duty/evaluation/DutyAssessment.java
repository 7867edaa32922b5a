package org.xieshang.domain.duty.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.duty.DutyEvents;
import org.xieshang.domain.duty.DutyFile;
import org.xieshang.domain.duty.DutyPeriod;
import org.xieshang.domain.duty.RuleDefinition;
import org.xieshang.domain.duty.discipline.DisciplinePolicies;
import org.xieshang.domain.duty.discipline.DisciplinePolicy;
import org.xieshang.domain.duty.discipline.DisciplinePreset;
import org.xieshang.domain.duty.discipline.DisciplineRuleTypes;
import org.xieshang.domain.duty.discipline.Finding;
import org.xieshang.domain.duty.discipline.FindingDecision;
import org.xieshang.domain.duty.discipline.FindingDraft;
import org.xieshang.domain.duty.discipline.FindingId;
import org.xieshang.domain.duty.discipline.FindingOutcome;
import org.xieshang.domain.duty.discipline.Findings;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.duty.scoring.SchemeDraft;
import org.xieshang.domain.duty.scoring.ScoreTrace;
import org.xieshang.domain.duty.scoring.ScoringRuleTypes;
import org.xieshang.domain.duty.scoring.ScoringScheme;
import org.xieshang.domain.duty.scoring.ScoringSchemes;
import org.xieshang.domain.member.DecisionId;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.member.MembershipDecision;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;
import org.xieshang.domain.shared.Versions;

/**
 * Use cases of duty assessment (履职考核): the scoring scheme and its revisions, the discipline policy, evaluating a
 * year into scores and findings, and deciding findings. Thread-safe if its ports are; transactions belong to the
 * caller.
 */
public final class DutyAssessment {

    private final Committees committees;
    private final Members members;
    private final DutyEvents events;
    private final ScoringSchemes schemes;
    private final DisciplinePolicies policies;
    private final Findings findings;
    private final DutyFacts facts;
    private final ScoringRuleTypes scoringTypes;
    private final DisciplineRuleTypes disciplineTypes;
    private final Clock clock;

    /**
     * @param committees      committee storage, not null
     * @param members         member storage, not null
     * @param events          duty event storage, not null
     * @param facts           loads evaluation facts, not null
     * @param schemes         scheme and score storage, not null
     * @param policies        discipline policy storage, not null
     * @param findings        finding storage, not null
     * @param scoringTypes    the scoring rule types schemes may use, not null
     * @param disciplineTypes the discipline rule types policies may use, not null
     * @param clock           the clock, in the committee's time zone; not null
     */
    public DutyAssessment(Committees committees, Members members, DutyEvents events, DutyFacts facts, ScoringSchemes schemes,
                          DisciplinePolicies policies, Findings findings, ScoringRuleTypes scoringTypes, DisciplineRuleTypes disciplineTypes,
                          Clock clock) {
        this.committees = Objects.requireNonNull(committees, "committees");
        this.members = Objects.requireNonNull(members, "members");
        this.events = Objects.requireNonNull(events, "events");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.schemes = Objects.requireNonNull(schemes, "schemes");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.findings = Objects.requireNonNull(findings, "findings");
        this.scoringTypes = Objects.requireNonNull(scoringTypes, "scoringTypes");
        this.disciplineTypes = Objects.requireNonNull(disciplineTypes, "disciplineTypes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param committeeId the committee, not null
     * @return its discipline policy, or one without rules if it has not chosen one; never null
     */
    public DisciplinePolicy policy(CommitteeId committeeId) {
        committees.require(committeeId);
        return policies.find(committeeId).orElseGet(() -> DisciplinePolicy.restore(committeeId, Optional.empty(), List.of(), disciplineTypes, 0));
    }

    /**
     * @param committeeId     the committee, not null
     * @param expectedVersion the version the caller read (0 if none)
     * @param preset          the preset to adopt, not null
     * @return the stored policy, never null
     */
    public DisciplinePolicy adoptPreset(CommitteeId committeeId, long expectedVersion, DisciplinePreset preset) {
        DisciplinePolicy current = currentPolicy(committeeId, expectedVersion);
        DisciplinePolicy adopted = DisciplinePolicy.restore(committeeId, Optional.of(Guard.required(preset, "preset")), preset.rules(),
                disciplineTypes, current.version());
        return policies.save(adopted);
    }

    /**
     * @param committeeId     the committee, not null
     * @param expectedVersion the version the caller read
     * @param rules           the rules with their parameters, not null
     * @return the stored policy, never null
     */
    public DisciplinePolicy changeRules(CommitteeId committeeId, long expectedVersion, List<RuleDefinition> rules) {
        return policies.save(currentPolicy(committeeId, expectedVersion).withRules(Guard.required(rules, "rules"), disciplineTypes));
    }

    private DisciplinePolicy currentPolicy(CommitteeId committeeId, long expectedVersion) {
        DisciplinePolicy current = policy(committeeId);
        Versions.check("discipline-policy", committeeId, current.version(), expectedVersion);
        return current;
    }

    /**
     * @param committeeId the committee, not null
     * @param year        the year
     * @return the current revision of the year's scheme, if set
     */
    public Optional<ScoringScheme> scheme(CommitteeId committeeId, int year) {
        return schemes.current(committeeId, year);
    }

    /**
     * Sets the year's scheme, or revises it, and recomputes the year's scores under the new revision; scores under
     * the previous revision stay on record.
     *
     * @param committeeId      the committee, not null
     * @param termNumber       the term whose members are scored
     * @param year             the year
     * @param expectedRevision the revision the caller read, 0 for a first scheme
     * @param draft            the scheme, not null
     * @param changedBy        who changes it, not blank
     * @return the stored revision, never null
     * @throws ConcurrentUpdateException if someone else revised it meanwhile
     */
    public ScoringScheme reviseScheme(CommitteeId committeeId, int termNumber, int year, long expectedRevision, SchemeDraft draft, String changedBy) {
        Committee committee = committees.require(committeeId);
        Optional<ScoringScheme> current = schemes.current(committeeId, year);
        if (current.map(ScoringScheme::revision).orElse(0) != expectedRevision) {
            throw new ConcurrentUpdateException("scoring-scheme", committeeId + "/" + year, expectedRevision);
        }
        ScoringScheme next = current.map(s -> s.revise(Guard.required(draft, "scheme"), scoringTypes, changedBy, clock.instant()))
                .orElseGet(() -> ScoringScheme.first(committeeId, year, Guard.required(draft, "scheme"), scoringTypes, changedBy, clock.instant()));
        ScoringScheme stored = schemes.add(next);
        evaluation(committee, termNumber, year, Optional.of(stored));
        return stored;
    }

    /**
     * Scores the year under an edited scheme without storing anything, beside the current scores.
     *
     * @param committeeId the committee, not null
     * @param termNumber  the term
     * @param year        the year
     * @param draft       the edited scheme, not null
     * @return each member's score now and under the edit, never null
     */
    public List<ScorePreview> preview(CommitteeId committeeId, int termNumber, int year, SchemeDraft draft) {
        Committee committee = committees.require(committeeId);
        Optional<ScoringScheme> current = schemes.current(committeeId, year);
        // Scored as a first revision: a preview needs no reason for a change it does not make.
        ScoringScheme edited = ScoringScheme.first(committeeId, year, Guard.required(draft, "scheme"), scoringTypes, "preview", clock.instant());
        Map<MemberId, AnnualScore> now = new HashMap<>();
        current.ifPresent(s -> schemes.scores(committeeId, year, s.revision()).forEach(score -> now.put(score.memberId(), score)));
        List<ScorePreview> previews = new ArrayList<>();
        for (MemberFacts member : facts.load(committee, termNumber, year)) {
            DutyFile file = DutyFile.of(member.memberId(), DutyPeriod.year(year),
                    member.events().stream().filter(e -> e.occurredOn().getYear() == year).toList());
            previews.add(new ScorePreview(member.memberId(), Optional.ofNullable(now.get(member.memberId())), edited.score(file)));
        }
        return previews;
    }

    /**
     * Evaluates the year: scores every member under the current scheme (stored with its revision) and raises the
     * findings of the committee's policy that were not raised before.
     *
     * @param committeeId the committee, not null
     * @param termNumber  the term
     * @param year        the year
     * @return what was computed and raised, never null
     */
    public EvaluationSummary evaluate(CommitteeId committeeId, int termNumber, int year) {
        Committee committee = committees.require(committeeId);
        return evaluation(committee, termNumber, year, schemes.current(committeeId, year));
    }

    private EvaluationSummary evaluation(Committee committee, int termNumber, int year, Optional<ScoringScheme> scheme) {
        AnnualEvaluation evaluation = new AnnualEvaluation(year, LocalDate.now(clock), scheme, policy(committee.id()));
        List<MemberEvaluation> results = evaluation.evaluateAll(facts.load(committee, termNumber, year));
        scheme.ifPresent(s -> schemes.putScores(committee.id(), year, s.revision(),
                results.stream().flatMap(r -> r.score().stream()).toList()));
        List<Finding> raised = new ArrayList<>();
        for (MemberEvaluation result : results) {
            for (FindingDraft draft : result.findings()) {
                if (findings.find(result.year().memberId(), draft.kind(), year).isEmpty()) {
                    raised.add(findings.save(Finding.raise(committee.id(), result.year().memberId(), termNumber, year, draft, clock.instant())));
                }
            }
        }
        return new EvaluationSummary(year, termNumber, scheme.map(ScoringScheme::revision), results, raised);
    }

    /**
     * A member's duty file for the year with the score's trace under the current scheme.
     *
     * @param memberId the member, not null
     * @param year     the year
     * @return the trace, if the committee has a scheme for the year
     */
    public Optional<ScoreTrace> trace(MemberId memberId, int year) {
        Member member = members.require(memberId);
        DutyPeriod period = DutyPeriod.year(year);
        DutyFile file = DutyFile.of(memberId, period, events.ofMember(memberId, period.fromInclusive(), period.untilInclusive()));
        return schemes.current(member.committeeId(), year).map(s -> s.explain(file));
    }

    /**
     * Records staff's decision on a finding. An outcome that changes the membership must name the membership decision
     * already recorded on the member (劝辞, 责令辞去, 责令辞去常委): the software recommends, people decide.
     *
     * @param id                 the finding, not null
     * @param expectedVersion    the version the caller read
     * @param outcome            what was decided, not null
     * @param reason             why, not blank
     * @param membershipDecision the member's recorded decision, when the outcome changes the membership
     * @param decidedBy          who records it, not blank
     * @return the stored finding, never null
     * @throws DomainException {@code finding.decision.membership-decision.not-found} if the member has no such decision
     *                         of the outcome's kind
     */
    public Finding decide(FindingId id, long expectedVersion, FindingOutcome outcome, String reason, Optional<DecisionId> membershipDecision,
                          String decidedBy) {
        Finding finding = findings.require(Guard.required(id, "id"));
        Versions.check("finding", id, finding.version(), expectedVersion);
        Finding decided = finding.decide(new FindingDecision(outcome, reason, decidedBy, clock.instant(), membershipDecision));
        membershipDecision.ifPresent(decisionId -> {
            Member member = members.require(finding.memberId());
            Optional<MembershipDecision> recorded = member.decisions().stream().filter(d -> d.id().equals(decisionId)).findFirst();
            Guard.check(recorded.isPresent() && recorded.get().kind() == outcome.membershipDecision().orElseThrow(),
                    "finding.decision.membership-decision.not-found", "membershipDecision");
        });
        return findings.save(decided);
    }
}
