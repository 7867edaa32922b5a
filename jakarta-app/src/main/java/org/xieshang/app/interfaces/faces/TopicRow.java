package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.util.Map;
import org.xieshang.domain.consultation.Topic;

/** A topic of the plan board, with its screening and its activity if one was started. */
public class TopicRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String title;
    private final String description;
    private final String source;
    private final String area;
    private final String form;
    private final int quarter;
    private final String when;
    private final String lead;
    private final String counterpart;
    private final boolean cleared;
    private final String screening;
    private final String activityId;
    private final String activityStep;
    private String category;
    private String reason;

    TopicRow(Topic t, Map<String, String> specialCommitteeNames, String activityId, String activityStep) {
        id = t.id().toString();
        title = t.title();
        description = t.description();
        source = Texts.label(t.source());
        area = Texts.label(t.area());
        form = Texts.label(t.form());
        quarter = t.plannedQuarter();
        when = Texts.text("consultation.quarter", t.plannedQuarter()) + t.plannedMonth().map(m -> " · " + Texts.text("consultation.month", m)).orElse("");
        lead = t.leadSpecialCommittee().map(s -> specialCommitteeNames.getOrDefault(s.toString(), "")).orElse("");
        counterpart = t.counterpartDepartment().orElse("");
        cleared = t.isCleared();
        screening = t.screening().map(s -> (s.consultable() ? Texts.text("screening.consultable") : Texts.text("screening.excluded")) + " · "
                + s.reason()).orElse(Texts.text("screening.pending"));
        category = t.screening().map(s -> s.categoryCode()).orElse(null);
        this.activityId = activityId;
        this.activityStep = activityStep;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getSource() {
        return source;
    }

    public String getArea() {
        return area;
    }

    public String getForm() {
        return form;
    }

    public int getQuarter() {
        return quarter;
    }

    public String getWhen() {
        return when;
    }

    public String getLead() {
        return lead;
    }

    public String getCounterpart() {
        return counterpart;
    }

    public boolean isCleared() {
        return cleared;
    }

    public String getScreening() {
        return screening;
    }

    public String getActivityId() {
        return activityId;
    }

    public String getActivityStep() {
        return activityStep;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
