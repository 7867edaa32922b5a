package org.xieshang.app.application.outcome;

import static org.xieshang.domain.security.Permission.CONSULTATION_MANAGE;
import static org.xieshang.domain.security.Permission.CONSULTATION_READ;
import static org.xieshang.domain.security.Permission.LEADER_INSTRUCT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AuditLog;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.consultation.ConsultationActivityId;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.outcome.AdoptionResult;
import org.xieshang.domain.outcome.OutcomeTracking;
import org.xieshang.domain.outcome.TrackedOutcome;
import org.xieshang.domain.outcome.TrackedOutcomes;
import org.xieshang.domain.security.Permission;
import org.xieshang.domain.security.Target;

/**
 * Consultation outcomes followed up, for the screens and the API: the consultation office records submission,
 * assignment, answers, implementation, supervision and follow-up; leaders record their instructions. One transaction
 * per call, checked and audited.
 */
@ApplicationScoped
@Transactional
public class OutcomeService {

    private static final String KIND = "outcome";

    @Inject
    TrackedOutcomes outcomes;

    @Inject
    OutcomeTracking tracking;

    @Inject
    Committees committees;

    @Inject
    HandlingUnits units;

    @Inject
    AccessControl access;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    /** @return the committee's reports handed over that year, newest first */
    public List<TrackedOutcome> of(CommitteeId committeeId, int year) {
        committees.require(committeeId);
        access.require(CONSULTATION_READ, Target.committee(committeeId));
        return outcomes.of(committeeId, year);
    }

    /** @return one report, followed up */
    public TrackedOutcome get(ConsultationActivityId activityId) {
        TrackedOutcome outcome = outcomes.require(activityId);
        access.require(CONSULTATION_READ, Target.committee(outcome.committeeId()));
        return outcome;
    }

    /**
     * The departments a suggestion may be assigned to, for the consultation office's choice: the committee's active
     * handling units. Asked here rather than from the unit registry, whose list is the proposal office's to read.
     *
     * @param committeeId the committee, not null
     * @return its active units by name in pinyin order, never null
     */
    public List<HandlingUnit> departments(CommitteeId committeeId) {
        committees.require(committeeId);
        access.require(CONSULTATION_MANAGE, Target.committee(committeeId));
        return units.ofCommittee(committeeId, true);
    }

    public TrackedOutcome submit(ConsultationActivityId id, long expectedVersion, String to, LocalDate submittedOn) {
        return change(id, CONSULTATION_MANAGE, () -> tracking.submit(id, expectedVersion, to, submittedOn, actor()));
    }

    public TrackedOutcome instruct(ConsultationActivityId id, long expectedVersion, Instruction instruction) {
        return change(id, LEADER_INSTRUCT, () -> tracking.instruct(id, expectedVersion, instruction));
    }

    public TrackedOutcome assign(ConsultationActivityId id, long expectedVersion, int number, HandlingUnitId unit, LocalDate dueOn, String request) {
        return change(id, CONSULTATION_MANAGE, () -> tracking.assign(id, expectedVersion, number, unit, dueOn, request, actor()));
    }

    public TrackedOutcome recordAdoption(ConsultationActivityId id, long expectedVersion, int number, AdoptionResult result, String gist) {
        return change(id, CONSULTATION_MANAGE, () -> tracking.recordAdoption(id, expectedVersion, number, result, gist, actor()));
    }

    public TrackedOutcome recordImplementation(ConsultationActivityId id, long expectedVersion, int number, String what) {
        return change(id, CONSULTATION_MANAGE, () -> tracking.recordImplementation(id, expectedVersion, number, what, actor()));
    }

    public TrackedOutcome supervise(ConsultationActivityId id, long expectedVersion, int number, String supervisor, String finding, LocalDate on) {
        return change(id, CONSULTATION_MANAGE, () -> tracking.supervise(id, expectedVersion, number, supervisor, finding, on));
    }

    public TrackedOutcome followUp(ConsultationActivityId id, long expectedVersion, int number, String finding) {
        return change(id, CONSULTATION_MANAGE, () -> tracking.followUp(id, expectedVersion, number, finding, actor()));
    }

    private TrackedOutcome change(ConsultationActivityId id, Permission permission, Supplier<TrackedOutcome> change) {
        TrackedOutcome before = outcomes.require(id);
        access.require(permission, Target.committee(before.committeeId()));
        TrackedOutcome after = change.get();
        audit.change(after.committeeId(), KIND, id.toString(), fields(before), fields(after));
        return after;
    }

    private String actor() {
        return user.actor().username();
    }

    private static Map<String, String> fields(TrackedOutcome o) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("stage", o.stage().name());
        f.put("instructions", Integer.toString(o.instructions().size()));
        o.suggestions().forEach(s -> f.put("suggestion" + s.number(), s.status().name() + s.department().map(d -> "@" + d).orElse("")));
        return f;
    }
}
