package org.xieshang.app.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.xieshang.app.application.CommitteeService;
import org.xieshang.app.application.SpecialCommitteeService;
import org.xieshang.app.application.consultation.ConsultationActivityService;
import org.xieshang.app.application.consultation.ConsultationService;
import org.xieshang.app.application.consultation.PublicCallService;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationActivity;
import org.xieshang.domain.consultation.ConsultationForm;
import org.xieshang.domain.consultation.ConsultationPlan;
import org.xieshang.domain.consultation.ConsultationStep;
import org.xieshang.domain.consultation.ContentArea;
import org.xieshang.domain.consultation.JointKind;
import org.xieshang.domain.consultation.JointWork;
import org.xieshang.domain.consultation.PlanChange;
import org.xieshang.domain.consultation.PlanStatus;
import org.xieshang.domain.consultation.ReceiptNumber;
import org.xieshang.domain.consultation.Topic;
import org.xieshang.domain.consultation.TopicId;
import org.xieshang.domain.consultation.TopicSource;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/**
 * The consultation plan board of the committee chosen in the header: the year's plan by quarter and its activities by
 * step, topic intake and screening, the plan's way to approval, starting activities (jointly with counties), and the
 * city's view of joint activities across its counties.
 */
@Named
@ViewScoped
public class ConsultationBoardView implements Serializable {

    static final String TOPIC_FORM = "topicForm";
    static final String PLAN_FORM = "planForm";
    static final String CALL_FORM = "callForm";
    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeSelection selection;

    @Inject
    CommitteeService committees;

    @Inject
    SpecialCommitteeService specialCommittees;

    @Inject
    ConsultationService plans;

    @Inject
    ConsultationActivityService activities;

    @Inject
    PublicCallService calls;

    private String committee;
    private String committeeName;
    private int year;
    private boolean planned;
    private PlanStatus status;
    private String approval;
    private long version;
    private List<TopicRow> topics = List.of();
    private List<ConsultationActivityRow> activityRows = List.of();
    private List<SelectItem> specialCommitteeOptions = List.of();
    private List<SelectItem> countyOptions = List.of();
    private List<SelectItem> categories = List.of();

    private String title;
    private String description;
    private TopicSource source = TopicSource.LEADER_ASSIGNED;
    private ContentArea area = ContentArea.EDUCATION;
    private Integer plannedQuarter = 1;
    private Integer plannedMonth;
    private ConsultationForm form = ConsultationForm.SPECIAL_CONSULTATION;
    private String leadSpecialCommitteeId;
    private String counterpartDepartment;

    private String approvedBy;
    private LocalDate approvedOn;
    private String approvalDocument;

    private List<SubmissionRow> submissions = List.of();
    private String callNotice;
    private LocalDate callOpensOn;
    private LocalDate callClosesOn;
    private String callLink;

    private JointKind jointKind;
    private List<String> jointCounties = List.of();

    @PostConstruct
    void init() {
        year = Now.today().getYear();
        committee = selection.current().toString();
        committeeName = committees.get(committeeId()).name();
        specialCommitteeOptions = specialCommittees.listOf(committeeId()).stream().map(s -> new SelectItem(s.id().toString(), s.name())).toList();
        countyOptions = committees.all().stream().filter(c -> c.parentId().map(committeeId()::equals).orElse(false))
                .map(c -> new SelectItem(c.id().toString(), c.name())).toList();
        load();
    }

    /** Reads the year's plan and activities again. */
    public void load() {
        Map<String, String> leadNames = specialCommitteeOptions.stream().collect(Collectors.toMap(o -> (String) o.getValue(), SelectItem::getLabel));
        Map<CommitteeId, String> committeeNames = committees.all().stream().collect(Collectors.toMap(Committee::id, Committee::name));
        List<ConsultationActivityService.CommitteeActivity> seen = activities.ofCommittee(committeeId(), year);
        activityRows = seen.stream().map(a -> new ConsultationActivityRow(a.activity(), committeeId(), a.participants(), committeeNames)).toList();
        Map<TopicId, ConsultationActivity> byTopic = seen.stream().map(ConsultationActivityService.CommitteeActivity::activity)
                .filter(a -> a.committeeId().equals(committeeId())).collect(Collectors.toMap(ConsultationActivity::topicId, Function.identity(), (a, b) -> a));
        categories = plans.catalogue(committeeId()).catalogue().categories().stream()
                .map(c -> new SelectItem(c.code(), (c.consultable() ? "✓ " : "✗ ") + c.label())).toList();
        Optional<ConsultationPlan> plan = find();
        planned = plan.isPresent();
        status = plan.map(ConsultationPlan::status).orElse(null);
        version = plan.map(ConsultationPlan::version).orElse(0L);
        approval = plan.flatMap(ConsultationPlan::approval).map(a -> a.by() + " · " + Texts.date(a.on()) + " · " + a.reason()).orElse("");
        topics = plan.map(p -> p.topics().stream().sorted(Comparator.comparingInt(Topic::plannedQuarter).thenComparing(t -> t.plannedMonth().orElse(0)))
                .map(t -> {
                    ConsultationActivity activity = byTopic.get(t.id());
                    return new TopicRow(t, leadNames, activity == null ? null : activity.id().toString(),
                            activity == null ? null : activity.process().nextStep()
                                    .map(next -> Texts.text("consultation.activity.progress", activity.process().steps().size(), Texts.label(next)))
                                    .orElse(Texts.text("consultation.steps.all-done")));
                }).toList()).orElse(List.of());
        callNotice = null;
        callOpensOn = null;
        callClosesOn = null;
        callLink = null;
        plan.flatMap(ConsultationPlan::publicCall).ifPresent(call -> {
            callNotice = call.notice();
            callOpensOn = call.opensOn();
            callClosesOn = call.closesOn();
            callLink = "/call.xhtml?committee=" + committeeId() + "&year=" + year;
        });
        boolean withContact = calls.mayAnswer(committeeId());
        submissions = planned ? calls.submissions(committeeId(), year).stream().map(s -> new SubmissionRow(s, withContact)).toList() : List.of();
    }

    /** Opens or changes the call to society for topics while the plan is drawn up. */
    public void openCall() {
        run(CALL_FORM, () -> plans.openCall(committeeId(), year, version, callNotice, callOpensOn, callClosesOn), "consultation.call.opened");
    }

    /** Makes a submission a topic of the draft, in the quarter and form chosen in its row; the submitter reads the answer typed. */
    public void adopt(SubmissionRow row) {
        try {
            calls.adopt(committeeId(), year, new ReceiptNumber(row.getReceipt()), version, new PublicCallService.Adoption(
                    row.getQuarter() == null ? 0 : row.getQuarter(), Optional.empty(), row.getForm(), Optional.empty(), Optional.empty(), row.getAnswer()));
            FormErrors.confirm("consultation.submission.adopted", row.getTitle());
            load();
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    /** Declines a submission with the reason typed in its row, which the submitter reads under the receipt number. */
    public void decline(SubmissionRow row) {
        try {
            calls.decline(committeeId(), year, new ReceiptNumber(row.getReceipt()), row.getVersion(), row.getAnswer());
            FormErrors.confirm("consultation.submission.declined", row.getTitle());
            load();
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    private Optional<ConsultationPlan> find() {
        try {
            return Optional.of(plans.plan(committeeId(), year));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Starts the year's plan as an empty draft. */
    public void draft() {
        run(PLAN_FORM, () -> plans.draft(committeeId(), year), "consultation.plan.drafted");
    }

    /** Adds the topic typed in the intake form to the draft. */
    public void addTopic() {
        try {
            Topic topic = new Topic(TopicId.generate(), title, description, source, area,
                    Optional.ofNullable(leadSpecialCommitteeId).filter(s -> !s.isBlank()).map(SpecialCommitteeId::parse),
                    Optional.ofNullable(counterpartDepartment).filter(d -> !d.isBlank()), plannedQuarter == null ? 0 : plannedQuarter,
                    Optional.ofNullable(plannedMonth), form, Optional.empty());
            plans.putTopic(committeeId(), year, version, topic);
            FormErrors.confirm("consultation.topic.added", title);
            title = null;
            description = null;
            counterpartDepartment = null;
            load();
        } catch (DomainException e) {
            FormErrors.show(TOPIC_FORM, e);
        }
    }

    /** Screens a topic against the catalogue with the category and reason chosen in its row. */
    public void screen(TopicRow row) {
        try {
            plans.screen(committeeId(), year, version, TopicId.parse(row.getId()), row.getCategory(), row.getReason());
            FormErrors.confirm("consultation.topic.screened", row.getTitle());
            load();
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    public void removeTopic(TopicRow row) {
        run(null, () -> plans.removeTopic(committeeId(), year, version, TopicId.parse(row.getId())), "consultation.topic.removed");
    }

    public void submit() {
        run(PLAN_FORM, () -> plans.submit(committeeId(), year, version), "consultation.plan.submitted");
    }

    public void sendBack() {
        run(PLAN_FORM, () -> plans.sendBack(committeeId(), year, version), "consultation.plan.sent-back");
    }

    /** Records the Party committee's approval (审定); refused, naming the topic, while a topic is unscreened or excluded. */
    public void approve() {
        run(PLAN_FORM, () -> plans.approve(committeeId(), year, version, new PlanChange(approvedBy, approvedOn, approvalDocument)),
                "consultation.plan.approved");
    }

    public void publish() {
        run(PLAN_FORM, () -> plans.publish(committeeId(), year, version), "consultation.plan.published");
    }

    /** Starts the consultation of a topic of the approved plan, jointly with the counties chosen if a joint kind is chosen. */
    public String start(TopicRow row) {
        try {
            Optional<JointWork> joint = Optional.ofNullable(jointKind)
                    .map(kind -> new JointWork(kind, jointCounties.stream().map(CommitteeId::parse).toList()));
            ConsultationActivity activity = activities.start(committeeId(), year, TopicId.parse(row.getId()), joint);
            FormErrors.confirmAfterRedirect("consultation.activity.started", row.getTitle());
            return "/consultation-activity?faces-redirect=true&id=" + activity.id();
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
            return null;
        }
    }

    private void run(String formId, Runnable change, String confirmation) {
        try {
            change.run();
            FormErrors.confirm(confirmation);
            load();
        } catch (DomainException e) {
            if (formId == null) {
                FormErrors.showOnTop(e);
            } else {
                FormErrors.show(formId, e);
            }
        }
    }

    private CommitteeId committeeId() {
        return CommitteeId.parse(committee);
    }

    /** @return the heading of a quarter */
    public String quarterTitle(int quarter) {
        return Texts.text("consultation.quarter", quarter);
    }

    /** @return the topics planned in a quarter */
    public List<TopicRow> topicsOfQuarter(int quarter) {
        return topics.stream().filter(t -> t.getQuarter() == quarter).toList();
    }

    /** @return the activities whose next step is this one ("DONE" for those with every step done) */
    public List<ConsultationActivityRow> activitiesAt(String step) {
        return activityRows.stream().filter(a -> a.getNextStepCode().equals(step)).toList();
    }

    /** @return the columns of the step board: each step, then "done" */
    public List<SelectItem> getStepColumns() {
        List<SelectItem> columns = new ArrayList<>(Arrays.stream(ConsultationStep.values())
                .map(s -> new SelectItem(s.name(), (s.ordinal() + 1) + " " + Texts.label(s))).toList());
        columns.add(new SelectItem("DONE", Texts.text("consultation.steps.all-done")));
        return columns;
    }

    /** @return the joint activities: led here (with each county's part) or taken part in */
    public List<ConsultationActivityRow> getJointActivities() {
        return activityRows.stream().filter(a -> !a.getJoint().isEmpty()).toList();
    }

    public List<SelectItem> getCategories() {
        return categories;
    }

    public List<SelectItem> getSources() {
        return Arrays.stream(TopicSource.values()).map(v -> new SelectItem(v, Texts.label(v))).toList();
    }

    public List<SelectItem> getAreas() {
        return Arrays.stream(ContentArea.values()).map(v -> new SelectItem(v, Texts.label(v))).toList();
    }

    public List<SelectItem> getForms() {
        return Arrays.stream(ConsultationForm.values()).map(v -> new SelectItem(v, Texts.label(v))).toList();
    }

    public List<SelectItem> getJointKinds() {
        return Arrays.stream(JointKind.values()).map(v -> new SelectItem(v, Texts.label(v))).toList();
    }

    public List<Integer> getYears() {
        return Now.recentYears(true);
    }

    public String getStatusLabel() {
        return status == null ? Texts.text("consultation.plan.none") : Texts.label(status);
    }

    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }

    public boolean isSubmitted() {
        return status == PlanStatus.SUBMITTED;
    }

    public boolean isApproved() {
        return status == PlanStatus.APPROVED || status == PlanStatus.PUBLISHED;
    }

    public boolean isPublishable() {
        return status == PlanStatus.APPROVED;
    }

    public String getCommitteeName() {
        return committeeName;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public boolean isPlanned() {
        return planned;
    }

    public String getApproval() {
        return approval;
    }

    public List<TopicRow> getTopics() {
        return topics;
    }

    public List<ConsultationActivityRow> getActivityRows() {
        return activityRows;
    }

    public List<SelectItem> getSpecialCommitteeOptions() {
        return specialCommitteeOptions;
    }

    public List<SelectItem> getCountyOptions() {
        return countyOptions;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public TopicSource getSource() {
        return source;
    }

    public void setSource(TopicSource source) {
        this.source = source;
    }

    public ContentArea getArea() {
        return area;
    }

    public void setArea(ContentArea area) {
        this.area = area;
    }

    public Integer getPlannedQuarter() {
        return plannedQuarter;
    }

    public void setPlannedQuarter(Integer plannedQuarter) {
        this.plannedQuarter = plannedQuarter;
    }

    public Integer getPlannedMonth() {
        return plannedMonth;
    }

    public void setPlannedMonth(Integer plannedMonth) {
        this.plannedMonth = plannedMonth;
    }

    public ConsultationForm getForm() {
        return form;
    }

    public void setForm(ConsultationForm form) {
        this.form = form;
    }

    public String getLeadSpecialCommitteeId() {
        return leadSpecialCommitteeId;
    }

    public void setLeadSpecialCommitteeId(String leadSpecialCommitteeId) {
        this.leadSpecialCommitteeId = leadSpecialCommitteeId;
    }

    public String getCounterpartDepartment() {
        return counterpartDepartment;
    }

    public void setCounterpartDepartment(String counterpartDepartment) {
        this.counterpartDepartment = counterpartDepartment;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public void setApprovedBy(String approvedBy) {
        this.approvedBy = approvedBy;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public void setApprovedOn(LocalDate approvedOn) {
        this.approvedOn = approvedOn;
    }

    public String getApprovalDocument() {
        return approvalDocument;
    }

    public void setApprovalDocument(String approvalDocument) {
        this.approvalDocument = approvalDocument;
    }

    public List<SubmissionRow> getSubmissions() {
        return submissions;
    }

    /** @return the address of the plan's meetings as an iCalendar file */
    public String getCalendarLink() {
        return "/api/v1/committees/" + committeeId() + "/consultation-plans/" + year + "/meetings.ics";
    }

    public String getCallLink() {
        return callLink;
    }

    public String getCallNotice() {
        return callNotice;
    }

    public void setCallNotice(String callNotice) {
        this.callNotice = callNotice;
    }

    public LocalDate getCallOpensOn() {
        return callOpensOn;
    }

    public void setCallOpensOn(LocalDate callOpensOn) {
        this.callOpensOn = callOpensOn;
    }

    public LocalDate getCallClosesOn() {
        return callClosesOn;
    }

    public void setCallClosesOn(LocalDate callClosesOn) {
        this.callClosesOn = callClosesOn;
    }

    public JointKind getJointKind() {
        return jointKind;
    }

    public void setJointKind(JointKind jointKind) {
        this.jointKind = jointKind;
    }

    public List<String> getJointCounties() {
        return jointCounties;
    }

    public void setJointCounties(List<String> jointCounties) {
        this.jointCounties = jointCounties;
    }
}
