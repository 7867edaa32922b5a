package org.xieshang.app.interfaces.faces;

import static org.xieshang.domain.security.Permission.AUDIT_READ;
import static org.xieshang.domain.security.Permission.COMMITTEE_READ;
import static org.xieshang.domain.security.Permission.CONSULTATION_READ;
import static org.xieshang.domain.security.Permission.DUTY_ASSESSMENT_MANAGE;
import static org.xieshang.domain.security.Permission.DUTY_FILE_MANAGE;
import static org.xieshang.domain.security.Permission.DUTY_FILE_READ;
import static org.xieshang.domain.security.Permission.DUTY_SELF_SERVICE;
import static org.xieshang.domain.security.Permission.LEADER_INSTRUCT;
import static org.xieshang.domain.security.Permission.MEMBERSHIP_DECIDE;
import static org.xieshang.domain.security.Permission.MEMBER_READ;
import static org.xieshang.domain.security.Permission.ORGANISATION_READ;
import static org.xieshang.domain.security.Permission.PERMISSION_MAP_MANAGE;
import static org.xieshang.domain.security.Permission.PROPOSAL_HANDLE;
import static org.xieshang.domain.security.Permission.PROPOSAL_MANAGE;
import static org.xieshang.domain.security.Permission.PROPOSAL_READ;
import static org.xieshang.domain.security.Permission.PROPOSAL_SUBMIT;
import static org.xieshang.domain.security.Permission.USER_READ;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.security.Permission;
import org.xieshang.domain.security.Target;

/**
 * Which permission each screen needs, in one table, checked on every request to it (GET and postback) before
 * anything else runs. A screen missing from the table is refused: a new page without a rule cannot leak.
 * Records are checked again by the application services (committee, own record, own unit).
 */
public class PageAccess implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /**
     * A screen's rule.
     *
     * @param permission      what the user must hold
     * @param selectedCommittee whether it must be allowed on the committee chosen in the header (lists), or only held
     *                        with some reach (pages of one record, whose services check the record)
     */
    record Rule(Permission permission, boolean selectedCommittee) {
    }

    /** Screens anyone signed in (or not) may open. */
    static final Set<String> OPEN = Set.of("/login.xhtml", "/error.xhtml", "/password.xhtml", "/second-factor.xhtml", "/call.xhtml");

    static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("/committees.xhtml", new Rule(COMMITTEE_READ, false)),
            Map.entry("/sectors.xhtml", new Rule(ORGANISATION_READ, true)),
            Map.entry("/members.xhtml", new Rule(MEMBER_READ, true)),
            Map.entry("/member.xhtml", new Rule(MEMBER_READ, false)),
            Map.entry("/member-edit.xhtml", new Rule(MEMBER_READ, false)),
            Map.entry("/decision.xhtml", new Rule(MEMBERSHIP_DECIDE, false)),
            Map.entry("/users.xhtml", new Rule(USER_READ, false)),
            Map.entry("/permissions.xhtml", new Rule(PERMISSION_MAP_MANAGE, false)),
            Map.entry("/audit.xhtml", new Rule(AUDIT_READ, false)),
            Map.entry("/activities.xhtml", new Rule(DUTY_FILE_READ, true)),
            Map.entry("/activity.xhtml", new Rule(DUTY_FILE_READ, false)),
            Map.entry("/leave-requests.xhtml", new Rule(DUTY_FILE_MANAGE, true)),
            Map.entry("/duty-file.xhtml", new Rule(DUTY_FILE_READ, false)),
            Map.entry("/assessment.xhtml", new Rule(DUTY_ASSESSMENT_MANAGE, true)),
            Map.entry("/findings.xhtml", new Rule(DUTY_FILE_READ, true)),
            Map.entry("/statistics.xhtml", new Rule(DUTY_FILE_READ, true)),
            Map.entry("/duty-reports.xhtml", new Rule(DUTY_FILE_READ, true)),
            Map.entry("/my-duty.xhtml", new Rule(DUTY_SELF_SERVICE, false)),
            Map.entry("/consultation.xhtml", new Rule(CONSULTATION_READ, true)),
            Map.entry("/consultation-activity.xhtml", new Rule(CONSULTATION_READ, false)),
            // As the API: the year's outcome reports are read with CONSULTATION_READ; each form's service checks its own permission.
            Map.entry("/outcomes.xhtml", new Rule(CONSULTATION_READ, true)),
            // The leader's page lists what waits for the leader's instructions (批示) on the chosen committee.
            Map.entry("/leader.xhtml", new Rule(LEADER_INSTRUCT, true)),
            Map.entry("/handling-units.xhtml", new Rule(PROPOSAL_READ, true)),
            // As the API: everyone who sees the committee reads the calendar its deadlines are counted by; the office keeps it.
            Map.entry("/working-calendar.xhtml", new Rule(COMMITTEE_READ, true)),
            Map.entry("/proposals.xhtml", new Rule(PROPOSAL_MANAGE, true)),
            // One proposal: members reach their own, units their assignments, staff their committee's; the service checks which.
            Map.entry("/proposal.xhtml", new Rule(PROPOSAL_READ, false)),
            Map.entry("/unit-proposals.xhtml", new Rule(PROPOSAL_HANDLE, false)),
            Map.entry("/my-proposals.xhtml", new Rule(PROPOSAL_SUBMIT, false)),
            Map.entry("/proposal-statistics.xhtml", new Rule(PROPOSAL_READ, true)),
            // Social-condition reports: the desk is the office's (its REST changes need PROPOSAL_MANAGE); one report is
            // read by its authors, staff and leaders, and the service checks which; members write their own.
            Map.entry("/social-reports.xhtml", new Rule(PROPOSAL_MANAGE, true)),
            Map.entry("/social-report.xhtml", new Rule(PROPOSAL_READ, false)),
            Map.entry("/my-social-reports.xhtml", new Rule(PROPOSAL_SUBMIT, false)));

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getViewRoot() == null || context.getResponseComplete()) {
            return;
        }
        String viewId = context.getViewRoot().getViewId();
        if (OPEN.contains(viewId) || allowed(viewId)) {
            return;
        }
        Pages.sendError(403);
    }

    private static boolean allowed(String viewId) {
        Rule rule = RULES.get(viewId);
        if (rule == null) {
            return false;
        }
        AccessControl access = CDI.current().select(AccessControl.class).get();
        if (!rule.selectedCommittee()) {
            return access.holds(rule.permission());
        }
        Optional<CommitteeId> selected = Optional.ofNullable(CDI.current().select(CommitteeSelection.class).get().current());
        return selected.map(id -> access.allows(rule.permission(), Target.committee(id))).orElse(access.holds(rule.permission()));
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // checked after the view is known
    }
}
