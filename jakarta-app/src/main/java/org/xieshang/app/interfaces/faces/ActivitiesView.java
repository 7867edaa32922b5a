package org.xieshang.app.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.xieshang.app.application.CommitteeService;
import org.xieshang.app.application.SectorService;
import org.xieshang.app.application.SpecialCommitteeService;
import org.xieshang.app.application.duty.ActivityService;
import org.xieshang.domain.activity.ActivityDraft;
import org.xieshang.domain.activity.ActivityKind;
import org.xieshang.domain.activity.ActivityQuery;
import org.xieshang.domain.activity.Audience;
import org.xieshang.domain.activity.AudienceKind;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.PageRequest;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/** The committee's meetings and activities of a year (履职活动), and scheduling a new one. */
@Named
@ViewScoped
public class ActivitiesView implements Serializable {

    private static final String FORM = "scheduleForm";
    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeSelection selection;

    @Inject
    CommitteeService committees;

    @Inject
    SectorService sectors;

    @Inject
    SpecialCommitteeService specialCommittees;

    @Inject
    ActivityService activities;

    private String committeeName;
    private int year;
    private ActivityKind kindFilter;
    private List<ActivityRow> rows;
    private List<SelectItem> terms;
    private List<SelectItem> sectorOptions;
    private List<SelectItem> specialCommitteeOptions;

    private Integer termNumber;
    private ActivityKind kind = ActivityKind.PLENARY_SESSION;
    private String title;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private String organiser;
    private String organiserSpecialCommitteeId;
    private AudienceKind audience = AudienceKind.ALL_MEMBERS;
    private String sectorId;
    private String specialCommitteeId;
    private boolean obligatory = true;

    @PostConstruct
    void init() {
        year = Now.today().getYear();
        Committee committee = committees.get(selection.current());
        committeeName = committee.name();
        terms = Options.terms(committee);
        termNumber = committee.latestTerm().map(t -> t.number()).orElse(null);
        sectorOptions = Options.sectors(sectors.listOf(committee.id()));
        specialCommitteeOptions = specialCommittees.listOf(committee.id()).stream().map(s -> new SelectItem(s.id().toString(), s.name())).toList();
        organiser = Texts.text("activity.organiser.default");
        search();
    }

    public void search() {
        ActivityQuery query = new ActivityQuery(selection.current(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Optional.ofNullable(kindFilter));
        rows = activities.search(query, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream().map(ActivityRow::new).toList();
    }

    /** @return the new activity's page, where attendance is taken; null to stay with the errors */
    public String schedule() {
        try {
            Audience chosen = new Audience(audience, Optional.ofNullable(audience == AudienceKind.SECTOR ? sectorId : null).filter(s -> !s.isBlank())
                    .map(SectorId::parse), Optional.ofNullable(audience == AudienceKind.SPECIAL_COMMITTEE ? specialCommitteeId : null)
                    .filter(s -> !s.isBlank()).map(SpecialCommitteeId::parse), obligatory);
            ActivityDraft draft = new ActivityDraft(termNumber == null ? 0 : termNumber, kind, title, startsAt, endsAt, Optional.ofNullable(place),
                    organiser, Optional.ofNullable(organiserSpecialCommitteeId).filter(s -> !s.isBlank()).map(SpecialCommitteeId::parse), chosen);
            DutyActivity scheduled = activities.schedule(selection.current(), draft);
            FormErrors.confirmAfterRedirect("activity.scheduled", scheduled.details().title(), scheduled.invitations().size());
            return "/activity.xhtml?faces-redirect=true&id=" + scheduled.id();
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
            return null;
        }
    }

    /** @return this year and the four before it, for the year filter */
    public List<Integer> getYears() {
        return Now.recentYears(true);
    }

    public String getCommitteeName() {
        return committeeName;
    }

    public List<ActivityRow> getRows() {
        return rows;
    }

    public List<SelectItem> getTerms() {
        return terms;
    }

    public List<SelectItem> getSectorOptions() {
        return sectorOptions;
    }

    public List<SelectItem> getSpecialCommitteeOptions() {
        return specialCommitteeOptions;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public ActivityKind getKindFilter() {
        return kindFilter;
    }

    public void setKindFilter(ActivityKind kindFilter) {
        this.kindFilter = kindFilter;
    }

    public Integer getTermNumber() {
        return termNumber;
    }

    public void setTermNumber(Integer termNumber) {
        this.termNumber = termNumber;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
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

    public String getOrganiserSpecialCommitteeId() {
        return organiserSpecialCommitteeId;
    }

    public void setOrganiserSpecialCommitteeId(String organiserSpecialCommitteeId) {
        this.organiserSpecialCommitteeId = organiserSpecialCommitteeId;
    }

    public AudienceKind getAudience() {
        return audience;
    }

    public void setAudience(AudienceKind audience) {
        this.audience = audience;
    }

    public String getSectorId() {
        return sectorId;
    }

    public void setSectorId(String sectorId) {
        this.sectorId = sectorId;
    }

    public String getSpecialCommitteeId() {
        return specialCommitteeId;
    }

    public void setSpecialCommitteeId(String specialCommitteeId) {
        this.specialCommitteeId = specialCommitteeId;
    }

    public boolean isObligatory() {
        return obligatory;
    }

    public void setObligatory(boolean obligatory) {
        this.obligatory = obligatory;
    }
}
