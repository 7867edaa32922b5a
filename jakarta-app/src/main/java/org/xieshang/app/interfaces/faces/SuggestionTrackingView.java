package org.xieshang.app.interfaces.faces;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.xieshang.app.application.outcome.OutcomeService;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.outcome.AdoptionResult;
import org.xieshang.domain.outcome.TrackedOutcome;
import org.xieshang.domain.shared.DomainException;

/**
 * The consultation office's forms on the suggestion chosen in the open report, each beside the row it changes: assign
 * it to a department (交办) with a day to answer by and what is asked, record the department's answer (采纳, 部分采纳,
 * 未采纳) with its gist, its implementation (落实), a supervising office's finding (督查) and the committee's follow-up
 * (跟踪问效). Which forms show is the suggestion's life cycle's answer; each refusal shows beside its field (the
 * input ids are the domain's field names).
 */
@Named
@ViewScoped
public class SuggestionTrackingView implements Serializable {

    static final String ASSIGN_FORM = "assignForm";
    static final String ADOPTION_FORM = "adoptionForm";
    static final String IMPLEMENTATION_FORM = "implementationForm";
    static final String SUPERVISION_FORM = "supervisionForm";
    static final String FOLLOW_UP_FORM = "followUpForm";
    private static final long serialVersionUID = 1L;

    @Inject
    OpenOutcome open;

    @Inject
    OutcomeService outcomes;

    private List<SelectItem> departments;
    private String departmentsOf;
    private String department;
    private LocalDate dueOn;
    private String request;
    private AdoptionResult result;
    private String gist;
    private String implementation;
    private String supervisor;
    private String finding;
    private LocalDate supervisedOn;
    private String followUpFinding;

    /** Chooses a suggestion of the open report for the forms; the department it was addressed to is offered first. */
    public void choose(SuggestionRow row) {
        open.choose(row.getNumber());
        clear();
        department = getDepartments().stream().filter(d -> d.getLabel().equals(row.getAddressee())).map(d -> (String) d.getValue())
                .findFirst().orElse(null);
    }

    public void assign() {
        run(ASSIGN_FORM, n -> outcomes.assign(open.activityId(), open.version(), n, departmentId(), dueOn, request), "outcomes.assigned");
    }

    public void recordAdoption() {
        run(ADOPTION_FORM, n -> outcomes.recordAdoption(open.activityId(), open.version(), n, result, gist), "outcomes.adoption-recorded");
    }

    public void recordImplementation() {
        run(IMPLEMENTATION_FORM, n -> outcomes.recordImplementation(open.activityId(), open.version(), n, implementation),
                "outcomes.implementation-recorded");
    }

    public void supervise() {
        run(SUPERVISION_FORM, n -> outcomes.supervise(open.activityId(), open.version(), n, supervisor, finding,
                supervisedOn == null ? Now.today() : supervisedOn), "outcomes.supervision-recorded");
    }

    public void followUp() {
        run(FOLLOW_UP_FORM, n -> outcomes.followUp(open.activityId(), open.version(), n, followUpFinding), "outcomes.follow-up-recorded");
    }

    private void run(String form, IntFunction<TrackedOutcome> change, String confirmation) {
        int number = open.chosenNumber();
        try {
            TrackedOutcome changed = change.apply(number);
            open.changed(changed);
            FormErrors.confirm(confirmation, number, changed.title());
            clear();
        } catch (DomainException e) {
            FormErrors.show(form, e);
        }
    }

    private void clear() {
        department = null;
        dueOn = null;
        request = null;
        result = null;
        gist = null;
        implementation = null;
        supervisor = null;
        finding = null;
        supervisedOn = null;
        followUpFinding = null;
    }

    /** @return the department chosen, or null for the domain to ask for one beside the field */
    private HandlingUnitId departmentId() {
        return department == null || department.isBlank() ? null : HandlingUnitId.parse(department);
    }

    /** @return the active handling units of the open report's committee, read once per committee */
    public List<SelectItem> getDepartments() {
        if (!open.isShown() || !open.isManaging()) {
            return List.of();
        }
        String committee = open.committeeId().toString();
        if (!committee.equals(departmentsOf)) {
            departments = outcomes.departments(open.committeeId()).stream().map((HandlingUnit u) -> new SelectItem(u.id().toString(), u.name()))
                    .toList();
            departmentsOf = committee;
        }
        return departments;
    }

    public List<SelectItem> getResults() {
        return Arrays.stream(AdoptionResult.values()).map(r -> new SelectItem(r, Texts.label(r))).toList();
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getRequest() {
        return request;
    }

    public void setRequest(String request) {
        this.request = request;
    }

    public AdoptionResult getResult() {
        return result;
    }

    public void setResult(AdoptionResult result) {
        this.result = result;
    }

    public String getGist() {
        return gist;
    }

    public void setGist(String gist) {
        this.gist = gist;
    }

    public String getImplementation() {
        return implementation;
    }

    public void setImplementation(String implementation) {
        this.implementation = implementation;
    }

    public String getSupervisor() {
        return supervisor;
    }

    public void setSupervisor(String supervisor) {
        this.supervisor = supervisor;
    }

    public String getFinding() {
        return finding;
    }

    public void setFinding(String finding) {
        this.finding = finding;
    }

    /** @return the day of the supervision; empty means today */
    public LocalDate getSupervisedOn() {
        return supervisedOn;
    }

    public void setSupervisedOn(LocalDate supervisedOn) {
        this.supervisedOn = supervisedOn;
    }

    /** @return what the committee's follow-up found */
    public String getFollowUpFinding() {
        return followUpFinding;
    }

    public void setFollowUpFinding(String followUpFinding) {
        this.followUpFinding = followUpFinding;
    }
}
