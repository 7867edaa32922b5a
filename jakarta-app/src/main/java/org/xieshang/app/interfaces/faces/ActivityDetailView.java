package org.xieshang.app.interfaces.faces;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xieshang.app.application.duty.ActivityService;
import org.xieshang.app.application.duty.DutyDirectory;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.NameCollation;

/**
 * One meeting or activity: its details, the attendance checklist of its invitees (bulk set, leave shown), leave decisions,
 * and inviting members one by one.
 */
@Named
@ViewScoped
public class ActivityDetailView implements Serializable {

    private static final String FORM = "attendanceForm";
    private static final long serialVersionUID = 1L;

    @Inject
    ActivityService activities;

    private String id;
    private String title;
    private String kind;
    private String when;
    private String place;
    private String organiser;
    private String audience;
    private boolean started;
    private long version;
    private List<InvitationRow> rows = List.of();
    private List<SelectItem> invitable = List.of();
    private List<String> toInvite = new ArrayList<>();
    private boolean obligatoryInvitation = true;

    /** Loads the activity named in the address. */
    public void load() {
        DutyActivity activity = Pages.orNotFound(() -> activities.get(ActivityId.parse(id == null ? "" : id)));
        if (activity == null) {
            return;
        }
        DutyDirectory names = activities.names(activity);
        title = activity.details().title();
        kind = Texts.label(activity.kind());
        when = Texts.dateTime(activity.details().startsAt()) + " – " + Texts.dateTime(activity.details().endsAt());
        place = activity.details().place().orElse("");
        organiser = activity.details().organiser();
        audience = Texts.label(activity.details().audience().kind());
        started = !Now.localTime().isBefore(activity.details().startsAt());
        version = activity.version();
        rows = activity.invitations().stream().map(i -> new InvitationRow(i, names.name(i.memberId())))
                .sorted(Comparator.comparing(InvitationRow::getName, NameCollation.pinyinOrder())).toList();
        List<String> invited = rows.stream().map(InvitationRow::getMemberId).toList();
        invitable = names.members().values().stream().filter(m -> !invited.contains(m.id().toString()))
                .filter(m -> m.membership(activity.details().termNumber()).map(t -> t.status().isCurrent()).orElse(false))
                .sorted(Comparator.comparing(m -> m.profile().name(), NameCollation.pinyinOrder()))
                .map(m -> new SelectItem(m.id().toString(), m.profile().name())).toList();
    }

    /** Ticks every invitee present (or absent), to correct the few exceptions before saving. */
    public void markAll(boolean present) {
        rows.forEach(row -> row.setPresent(present));
    }

    /** Saves the checklist for every member ticked present or absent. */
    public void saveAttendance() {
        Map<MemberId, Boolean> presence = new LinkedHashMap<>();
        rows.stream().filter(r -> r.getPresent() != null).forEach(r -> presence.put(MemberId.parse(r.getMemberId()), r.getPresent()));
        try {
            activities.recordAttendance(activityId(), version, presence);
            FormErrors.confirm("activity.attendance.saved", presence.size());
            load();
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    /** Approves or refuses the row's leave request with the note typed in the row. */
    public void decideLeave(InvitationRow row, boolean approve) {
        try {
            activities.decideLeave(activityId(), version, MemberId.parse(row.getMemberId()), approve, row.getNote());
            FormErrors.confirm(approve ? "leave.approved" : "leave.refused", row.getName());
            load();
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    /** Invites the chosen members. */
    public void invite() {
        try {
            activities.invite(activityId(), version, toInvite.stream().map(MemberId::parse).toList(), obligatoryInvitation);
            FormErrors.confirm("activity.invited.added", toInvite.size());
            toInvite = new ArrayList<>();
            load();
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    private ActivityId activityId() {
        return ActivityId.parse(id);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public String getKind() {
        return kind;
    }

    public String getWhen() {
        return when;
    }

    public String getPlace() {
        return place;
    }

    public String getOrganiser() {
        return organiser;
    }

    public String getAudience() {
        return audience;
    }

    public boolean isStarted() {
        return started;
    }

    public List<InvitationRow> getRows() {
        return rows;
    }

    public List<SelectItem> getInvitable() {
        return invitable;
    }

    public List<String> getToInvite() {
        return toInvite;
    }

    public void setToInvite(List<String> toInvite) {
        this.toInvite = toInvite;
    }

    public boolean isObligatoryInvitation() {
        return obligatoryInvitation;
    }

    public void setObligatoryInvitation(boolean obligatoryInvitation) {
        this.obligatoryInvitation = obligatoryInvitation;
    }
}
