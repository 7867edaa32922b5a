package org.xieshang.app.interfaces.faces;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.primefaces.model.file.UploadedFile;
import org.xieshang.app.application.CommitteeService;
import org.xieshang.app.application.SectorService;
import org.xieshang.app.application.SpecialCommitteeService;
import org.xieshang.app.application.consultation.ConsultationActivityService;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationActivity;
import org.xieshang.domain.consultation.ConsultationActivityId;
import org.xieshang.domain.consultation.ConsultationForm;
import org.xieshang.domain.consultation.ConsultationStep;
import org.xieshang.domain.consultation.MeetingRequest;
import org.xieshang.domain.consultation.Participant;
import org.xieshang.domain.consultation.ParticipantKind;
import org.xieshang.domain.consultation.StepRecord;
import org.xieshang.domain.consultation.Suggestion;
import org.xieshang.domain.consultation.ThreeBefore;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.security.Permission;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.NameCollation;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/**
 * One consultation activity: its eight steps with deliverables (the guard's refusal shown next to the step chosen),
 * its participants and invitations, its meeting, its "three before" verdict and, once consulted, its outcome report.
 */
@Named
@ViewScoped
public class ConsultationActivityView implements Serializable {

    static final String STEP_FORM = "stepForm";
    static final String MEETING_FORM = "meetingForm";
    static final String GUEST_FORM = "guestForm";
    static final String OUTCOME_FORM = "outcomeForm";
    private static final long serialVersionUID = 1L;

    @Inject
    ConsultationActivityService activities;

    @Inject
    CommitteeService committees;

    @Inject
    SectorService sectors;

    @Inject
    SpecialCommitteeService specialCommittees;

    @Inject
    CurrentUser user;

    @Inject
    AccessControl access;

    private String id;
    private String title;
    private String form;
    private ConsultationForm formCode;
    private String lead;
    private String leadId;
    private String joint;
    private String meetingId;
    private String threeBefore;
    private boolean consulted;
    private boolean managing;
    private String outcomeReportedOn;
    private boolean finished;
    private long version;
    private List<StepLine> steps = List.of();
    private List<ParticipantRow> participants = List.of();
    private List<SelectItem> invitable = List.of();
    private List<SelectItem> partOptions = List.of();
    private List<SelectItem> terms = List.of();
    private List<SelectItem> sectorOptions = List.of();
    private List<SelectItem> specialCommitteeOptions = List.of();

    private ConsultationStep step;
    private String deliverable;
    private String doneBy;
    private LocalDate doneOn;
    private String decidingOrganisation;
    private transient UploadedFile file;

    private List<String> toInvite = List.of();
    private ParticipantKind guestKind = ParticipantKind.EXPERT;
    private String guestName;
    private String guestUnit;
    private String guestCommitteeId;

    private Integer termNumber;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private String organiser;
    private String sectorId;
    private String specialCommitteeId;

    private String outcomeTitle;
    private String suggestions;

    /** Shows the manage forms only to those who may use them; the service checks again. */
    public boolean isManaging() {
        return managing;
    }

    /** Loads the activity named in the address. */
    public void load() {
        ConsultationActivity activity = Pages.orNotFound(() -> activities.get(ConsultationActivityId.parse(id == null ? "" : id)));
        if (activity == null) {
            return;
        }
        Map<CommitteeId, String> names = committees.all().stream().collect(Collectors.toMap(Committee::id, Committee::name));
        Committee leading = committees.get(activity.committeeId());
        title = activity.title();
        formCode = activity.form();
        form = Texts.label(activity.form());
        lead = leading.name();
        leadId = leading.id().toString();
        joint = activity.joint().map(j -> Texts.label(j.kind()) + " · " + j.counties().stream().map(c -> names.getOrDefault(c, ""))
                .collect(Collectors.joining("、"))).orElse("");
        meetingId = activity.meeting().map(Object::toString).orElse(null);
        consulted = activity.process().isConsulted();
        outcomeReportedOn = activity.outcomeReportedOn().map(Texts::date).orElse(null);
        finished = activity.process().nextStep().isEmpty();
        version = activity.version();
        Optional<ConsultationStep> next = activity.process().nextStep();
        steps = Arrays.stream(ConsultationStep.values()).map(s -> new StepLine(s, activity.process().record(s), next.map(s::equals).orElse(false)))
                .toList();
        step = next.orElse(null);
        doneOn = doneOn == null ? Now.today() : doneOn;
        doneBy = doneBy == null ? user.actor().username() : doneBy;
        participants = activity.participants().stream().map(p -> new ParticipantRow(p, names.getOrDefault(p.committeeId(), ""))).toList();
        threeBefore = Texts.label(ThreeBefore.check(true, Optional.of(activity.process())));
        partOptions = activity.joint().map(j -> j.counties().stream().map(c -> new SelectItem(c.toString(), names.getOrDefault(c, ""))).toList())
                .orElse(List.of());
        terms = Options.terms(leading);
        termNumber = termNumber == null ? leading.latestTerm().map(t -> t.number()).orElse(null) : termNumber;
        organiser = organiser == null ? lead : organiser;
        if (formCode == ConsultationForm.SECTOR_CONSULTATION) {
            sectorOptions = Options.sectors(sectors.listOf(activity.committeeId()));
        }
        if (formCode == ConsultationForm.COUNTERPART_CONSULTATION) {
            specialCommitteeOptions = specialCommittees.listOf(activity.committeeId()).stream()
                    .map(c -> new SelectItem(c.id().toString(), c.name())).toList();
        }
        managing = access.allows(Permission.CONSULTATION_MANAGE, Target.committee(activity.committeeId()));
        if (managing) {
            List<MemberId> invited = activity.participants().stream().flatMap(p -> p.memberId().stream()).toList();
            invitable = activities.invitableMembers(activity).stream().filter(m -> !invited.contains(m.id()))
                    .sorted(Comparator.comparing(m -> m.profile().name(), NameCollation.pinyinOrder()))
                    .map(m -> new SelectItem(m.id().toString(), m.profile().name() + (m.committeeId().equals(activity.committeeId()) ? ""
                            : "（" + names.getOrDefault(m.committeeId(), "") + "）"))).toList();
        }
    }

    private CommitteeId committeeOf() {
        return CommitteeId.parse(leadId);
    }

    /** Records the chosen step as done, with its deliverable and, if chosen, the file that holds it. */
    public void complete() {
        try {
            StepRecord record = new StepRecord(step, deliverable, Optional.empty(), doneBy, doneOn,
                    Optional.ofNullable(decidingOrganisation).filter(o -> !o.isBlank()));
            if (file != null && file.getFileName() != null && !file.getFileName().isBlank()) {
                try (InputStream content = file.getInputStream()) {
                    activities.complete(activityId(), version, record, file.getFileName(), content);
                }
            } else {
                activities.complete(activityId(), version, record);
            }
            FormErrors.confirm("consultation.step.done", Texts.label(step));
            deliverable = null;
            decidingOrganisation = null;
            file = null;
            load();
        } catch (DomainException e) {
            FormErrors.show(STEP_FORM, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Invites the chosen members. */
    public void inviteMembers() {
        try {
            activities.inviteMembers(activityId(), version, toInvite.stream().map(MemberId::parse).toList());
            FormErrors.confirm("consultation.invited", toInvite.size());
            toInvite = List.of();
            load();
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    /** Invites an expert, department head, leader, resident or stakeholder by name and unit. */
    public void inviteGuest() {
        try {
            CommitteeId part = Optional.ofNullable(guestCommitteeId).filter(c -> !c.isBlank()).map(CommitteeId::parse).orElseGet(this::committeeOf);
            activities.invite(activityId(), version, new Participant(guestKind, part, Optional.empty(), guestName, guestUnit));
            FormErrors.confirm("consultation.invited", 1);
            guestName = null;
            guestUnit = null;
            load();
        } catch (DomainException e) {
            FormErrors.show(GUEST_FORM, e);
        }
    }

    /** Schedules the consultation meeting, inviting the form's audience and the member participants. */
    public void scheduleMeeting() {
        try {
            activities.scheduleMeeting(activityId(), version, new MeetingRequest(termNumber == null ? 0 : termNumber, startsAt, endsAt,
                    Optional.ofNullable(place).filter(p -> !p.isBlank()), organiser,
                    Optional.ofNullable(sectorId).filter(s -> !s.isBlank()).map(SectorId::parse),
                    Optional.ofNullable(specialCommitteeId).filter(s -> !s.isBlank()).map(SpecialCommitteeId::parse)));
            FormErrors.confirm("consultation.meeting.scheduled");
            load();
        } catch (DomainException e) {
            FormErrors.show(MEETING_FORM, e);
        }
    }

    /** Writes the outcome report, one suggestion per line, and hands it to the feedback loop. */
    public void reportOutcome() {
        try {
            List<Suggestion> list = Optional.ofNullable(suggestions).orElse("").lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).map(l -> new Suggestion(l, Optional.empty())).toList();
            activities.reportOutcome(activityId(), version, outcomeTitle, list);
            FormErrors.confirm("consultation.outcome.handed-over", list.size());
            outcomeTitle = null;
            suggestions = null;
            load();
        } catch (DomainException e) {
            FormErrors.show(OUTCOME_FORM, e);
        }
    }

    private ConsultationActivityId activityId() {
        return ConsultationActivityId.parse(id);
    }

    public List<SelectItem> getStepOptions() {
        return Arrays.stream(ConsultationStep.values()).map(s -> new SelectItem(s, (s.ordinal() + 1) + " " + Texts.label(s))).toList();
    }

    public List<SelectItem> getGuestKinds() {
        return Arrays.stream(ParticipantKind.values()).filter(k -> k != ParticipantKind.MEMBER).map(k -> new SelectItem(k, Texts.label(k))).toList();
    }

    public boolean isSectorNeeded() {
        return formCode == ConsultationForm.SECTOR_CONSULTATION;
    }

    public boolean isSpecialCommitteeNeeded() {
        return formCode == ConsultationForm.COUNTERPART_CONSULTATION;
    }

    public List<SelectItem> getSpecialCommitteeOptions() {
        return specialCommitteeOptions;
    }

    public String getSpecialCommitteeId() {
        return specialCommitteeId;
    }

    public void setSpecialCommitteeId(String specialCommitteeId) {
        this.specialCommitteeId = specialCommitteeId;
    }

    public String getOutcomeReportedOn() {
        return outcomeReportedOn;
    }

    public boolean isDecisionStep() {
        return step == ConsultationStep.ORGANISATIONAL_DECISION;
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

    public String getForm() {
        return form;
    }

    public String getLead() {
        return lead;
    }

    public String getJoint() {
        return joint;
    }

    public String getMeetingId() {
        return meetingId;
    }

    public String getThreeBefore() {
        return threeBefore;
    }

    public boolean isConsulted() {
        return consulted;
    }

    public boolean isFinished() {
        return finished;
    }

    public List<StepLine> getSteps() {
        return steps;
    }

    public List<ParticipantRow> getParticipants() {
        return participants;
    }

    public List<SelectItem> getInvitable() {
        return invitable;
    }

    public List<SelectItem> getPartOptions() {
        return partOptions;
    }

    public List<SelectItem> getTerms() {
        return terms;
    }

    public List<SelectItem> getSectorOptions() {
        return sectorOptions;
    }

    public ConsultationStep getStep() {
        return step;
    }

    public void setStep(ConsultationStep step) {
        this.step = step;
    }

    public String getDeliverable() {
        return deliverable;
    }

    public void setDeliverable(String deliverable) {
        this.deliverable = deliverable;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public void setDoneBy(String doneBy) {
        this.doneBy = doneBy;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public String getDecidingOrganisation() {
        return decidingOrganisation;
    }

    public void setDecidingOrganisation(String decidingOrganisation) {
        this.decidingOrganisation = decidingOrganisation;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<String> getToInvite() {
        return toInvite;
    }

    public void setToInvite(List<String> toInvite) {
        this.toInvite = toInvite;
    }

    public ParticipantKind getGuestKind() {
        return guestKind;
    }

    public void setGuestKind(ParticipantKind guestKind) {
        this.guestKind = guestKind;
    }

    public String getGuestName() {
        return guestName;
    }

    public void setGuestName(String guestName) {
        this.guestName = guestName;
    }

    public String getGuestUnit() {
        return guestUnit;
    }

    public void setGuestUnit(String guestUnit) {
        this.guestUnit = guestUnit;
    }

    public String getGuestCommitteeId() {
        return guestCommitteeId;
    }

    public void setGuestCommitteeId(String guestCommitteeId) {
        this.guestCommitteeId = guestCommitteeId;
    }

    public Integer getTermNumber() {
        return termNumber;
    }

    public void setTermNumber(Integer termNumber) {
        this.termNumber = termNumber;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
    }

    public String getSectorId() {
        return sectorId;
    }

    public void setSectorId(String sectorId) {
        this.sectorId = sectorId;
    }

    public String getOutcomeTitle() {
        return outcomeTitle;
    }

    public void setOutcomeTitle(String outcomeTitle) {
        this.outcomeTitle = outcomeTitle;
    }

    public String getSuggestions() {
        return suggestions;
    }

    public void setSuggestions(String suggestions) {
        this.suggestions = suggestions;
    }
}
