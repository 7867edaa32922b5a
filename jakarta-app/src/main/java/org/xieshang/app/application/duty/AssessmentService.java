package org.xieshang.app.application.duty;

import static org.xieshang.domain.security.Permission.DUTY_ASSESSMENT_MANAGE;
import static org.xieshang.domain.security.Permission.DUTY_FILE_READ;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AuditLog;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.domain.audit.AuditAction;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.duty.RuleDefinition;
import org.xieshang.domain.duty.discipline.DisciplinePolicy;
import org.xieshang.domain.duty.discipline.DisciplinePreset;
import org.xieshang.domain.duty.discipline.Finding;
import org.xieshang.domain.duty.discipline.FindingId;
import org.xieshang.domain.duty.discipline.FindingOutcome;
import org.xieshang.domain.duty.discipline.FindingQuery;
import org.xieshang.domain.duty.discipline.Findings;
import org.xieshang.domain.duty.evaluation.DutyAssessment;
import org.xieshang.domain.duty.evaluation.EvaluationSummary;
import org.xieshang.domain.duty.evaluation.ScorePreview;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.duty.scoring.SchemeDraft;
import org.xieshang.domain.duty.scoring.ScoringScheme;
import org.xieshang.domain.duty.scoring.ScoringSchemes;
import org.xieshang.domain.member.DecisionId;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/**
 * Duty assessment for the screens and the API: scoring schemes and their revisions, the discipline policy, evaluating
 * a year, and deciding findings. Every change is audited; the rules themselves live in the domain.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

    @Inject
    Committees committees;

    @Inject
    ScoringSchemes schemes;

    @Inject
    Findings findings;

    @Inject
    DutyAssessment assessment;

    @Inject
    AccessControl access;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    /** @return every revision of the year's scheme, oldest first */
    public List<ScoringScheme> schemeRevisions(CommitteeId committeeId, int year) {
        readable(committeeId);
        return schemes.revisions(committeeId, year);
    }

    public Optional<ScoringScheme> scheme(CommitteeId committeeId, int year) {
        readable(committeeId);
        return schemes.current(committeeId, year);
    }

    /** @return the scores of a year under one revision */
    public List<AnnualScore> scores(CommitteeId committeeId, int year, int revision) {
        readable(committeeId);
        return schemes.scores(committeeId, year, revision);
    }

    public ScoringScheme reviseScheme(CommitteeId committeeId, int termNumber, int year, long expectedRevision, SchemeDraft draft) {
        manageable(committeeId);
        Optional<ScoringScheme> before = schemes.current(committeeId, year);
        ScoringScheme after = assessment.reviseScheme(committeeId, termNumber, year, expectedRevision, draft, user.actor().username());
        audit.change(committeeId, "scoring-scheme", committeeId + "/" + year, before.map(DutyAuditFields::of).orElse(null), DutyAuditFields.of(after));
        return after;
    }

    public List<ScorePreview> preview(CommitteeId committeeId, int termNumber, int year, SchemeDraft draft) {
        manageable(committeeId);
        return assessment.preview(committeeId, termNumber, year, draft);
    }

    public DisciplinePolicy policy(CommitteeId committeeId) {
        readable(committeeId);
        return assessment.policy(committeeId);
    }

    public DisciplinePolicy adoptPreset(CommitteeId committeeId, long expectedVersion, DisciplinePreset preset) {
        manageable(committeeId);
        DisciplinePolicy before = assessment.policy(committeeId);
        return audited(before, assessment.adoptPreset(committeeId, expectedVersion, preset));
    }

    public DisciplinePolicy changeRules(CommitteeId committeeId, long expectedVersion, List<RuleDefinition> rules) {
        manageable(committeeId);
        DisciplinePolicy before = assessment.policy(committeeId);
        return audited(before, assessment.changeRules(committeeId, expectedVersion, rules));
    }

    public EvaluationSummary evaluate(CommitteeId committeeId, int termNumber, int year) {
        manageable(committeeId);
        EvaluationSummary summary = assessment.evaluate(committeeId, termNumber, year);
        audit.record(AuditAction.UPDATE, Optional.of(committeeId), "evaluation", committeeId + "/" + year,
                "evaluated " + summary.members().size() + " members, scheme revision " + summary.schemeRevision().map(String::valueOf).orElse("-")
                        + ", " + summary.newFindings().size() + " new findings");
        return summary;
    }

    public Page<Finding> findings(FindingQuery query, PageRequest request) {
        readable(query.committeeId());
        return findings.search(query, request);
    }

    public Finding finding(FindingId id) {
        Finding finding = findings.require(id);
        readable(finding.committeeId());
        return finding;
    }

    public Finding decide(FindingId id, long expectedVersion, FindingOutcome outcome, String reason, Optional<DecisionId> membershipDecision) {
        Finding before = findings.require(id);
        manageable(before.committeeId());
        Finding after = assessment.decide(id, expectedVersion, outcome, reason, membershipDecision, user.actor().username());
        audit.change(after.committeeId(), "finding", id.toString(), DutyAuditFields.of(before), DutyAuditFields.of(after));
        return after;
    }

    private void readable(CommitteeId committeeId) {
        committees.require(committeeId);
        access.require(DUTY_FILE_READ, Target.committee(committeeId));
    }

    private void manageable(CommitteeId committeeId) {
        committees.require(committeeId);
        access.require(DUTY_ASSESSMENT_MANAGE, Target.committee(committeeId));
    }

    private DisciplinePolicy audited(DisciplinePolicy before, DisciplinePolicy after) {
        audit.change(after.committeeId(), "discipline-policy", after.committeeId().toString(), DutyAuditFields.of(before), DutyAuditFields.of(after));
        return after;
    }
}
