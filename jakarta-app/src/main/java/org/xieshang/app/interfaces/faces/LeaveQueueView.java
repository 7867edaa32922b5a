package org.xieshang.app.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.xieshang.app.application.duty.ActivityService;
import org.xieshang.app.application.duty.DutyDirectory;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.activity.Invitation;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DomainException;

/** The leave approval queue (请假审批): every request awaiting a decision, earliest meeting first. */
@Named
@ViewScoped
public class LeaveQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeSelection selection;

    @Inject
    ActivityService activities;

    private List<LeaveRow> rows;

    @PostConstruct
    void init() {
        List<LeaveRow> pending = new ArrayList<>();
        for (DutyActivity activity : activities.pendingLeave(selection.current())) {
            DutyDirectory names = activities.names(activity);
            for (Invitation invitation : activity.pendingLeave()) {
                pending.add(new LeaveRow(activity, invitation, names.name(invitation.memberId())));
            }
        }
        rows = pending;
    }

    public void decide(LeaveRow row, boolean approve) {
        try {
            activities.decideLeave(ActivityId.parse(row.getActivityId()), row.activityVersion(), MemberId.parse(row.getMemberId()), approve,
                    row.getNote());
            FormErrors.confirm(approve ? "leave.approved" : "leave.refused", row.getMemberName());
            init();
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    public List<LeaveRow> getRows() {
        return rows;
    }
}
