package org.xieshang.app.interfaces.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.xieshang.app.application.duty.DutyFileService;
import org.xieshang.app.application.duty.MemberDutyFile;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventId;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.duty.discipline.AttendanceSummary;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.duty.scoring.ScoreLine;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DomainMessages;

/**
 * A member's duty file for a year (履职档案): the score with the item, rule and event behind every point, totals per
 * quarter as a chart, the timeline, attendance, and records staff enter by hand.
 */
@Named
@ViewScoped
public class MemberDutyView implements Serializable {

    private static final String FORM = "recordForm";
    private static final long serialVersionUID = 1L;

    @Inject
    DutyFileService dutyFiles;

    private String member;
    private Integer year;
    private String memberName;
    private String score;
    private String grade;
    private Boolean passed;
    private String revision;
    private String previous;
    private AttendanceSummary attendance;
    private String chart;
    private List<DutyLine> trace = List.of();
    private List<DutyLine> timeline = List.of();
    private boolean mayRecord;

    private DutyEventKind kind = DutyEventKind.SPEECH_ORAL;
    private LocalDate occurredOn;
    private String title;
    private String evidence;

    /** Loads the member and year named in the address (this year by default). */
    public void load() {
        if (year == null) {
            year = Now.today().getYear();
        }
        MemberDutyFile file = Pages.orNotFound(() -> dutyFiles.dutyFile(MemberId.parse(member == null ? "" : member), year));
        if (file == null) {
            return;
        }
        memberName = file.member().profile().name();
        attendance = file.attendance();
        chart = QuarterChart.json(file.file());
        mayRecord = dutyFiles.mayRecord(file.member().id());
        AnnualScore annual = file.trace().map(t -> t.score()).orElse(null);
        score = annual == null ? null : annual.total().toString();
        grade = annual == null ? null : annual.grade();
        passed = annual == null ? null : annual.passed();
        revision = annual == null ? null : Texts.text("duty.revision", annual.schemeRevision());
        previous = file.previous().map(p -> Texts.text("duty.previous-score", p.schemeRevision(), p.total(), p.grade())).orElse(null);
        List<DutyLine> lines = new ArrayList<>();
        file.trace().ifPresent(t -> t.lines().forEach(line -> lines.add(traceLine(line))));
        trace = lines;
        List<DutyLine> events = new ArrayList<>();
        for (DutyEvent event : file.file().events()) {
            boolean manual = event.source().type() == SourceType.MANUAL || event.source().type() == SourceType.EXTERNAL;
            events.add(new DutyLine(event.id().toString(), Texts.date(event.occurredOn()), Texts.label(event.kind()), event.title(),
                    Texts.label(event.source().type()) + (manual ? " " + event.source().reference() : ""), "", "", manual && mayRecord));
        }
        timeline = events;
    }

    private static DutyLine traceLine(ScoreLine line) {
        return new DutyLine(null, line.event().map(e -> Texts.date(e.occurredOn())).orElse(""), line.itemLabel(),
                line.event().map(DutyEvent::title).orElse(""), line.rule(), (line.points().isNegative() ? "" : "+") + line.points(),
                DomainMessages.format(line.note(), Texts.locale()), false);
    }

    /** Enters a record with its evidence. */
    public void record() {
        try {
            dutyFiles.record(MemberId.parse(member), kind, occurredOn, title, evidence);
            FormErrors.confirm("duty.recorded", Texts.label(kind));
            title = null;
            evidence = null;
            load();
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    /** Removes a record entered by hand. */
    public void remove(DutyLine line) {
        try {
            dutyFiles.remove(DutyEventId.parse(line.getId()));
            FormErrors.confirm("duty.removed", line.getWhat());
            load();
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    /** @return this year and the four before it */
    public List<Integer> getYears() {
        return Now.recentYears(false);
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getScore() {
        return score;
    }

    public String getGrade() {
        return grade;
    }

    public Boolean getPassed() {
        return passed;
    }

    public String getRevision() {
        return revision;
    }

    public String getPrevious() {
        return previous;
    }

    /** @return obliged, present, on leave, absent and the rate, in words */
    public String getAttendanceText() {
        return attendance == null ? "" : Texts.text("duty.attendance.summary", attendance.obliged(), attendance.present(), attendance.excused(),
                attendance.unexcused(), attendance.rate());
    }

    public String getChart() {
        return chart;
    }

    public List<DutyLine> getTrace() {
        return trace;
    }

    public List<DutyLine> getTimeline() {
        return timeline;
    }

    public boolean isMayRecord() {
        return mayRecord;
    }

    public DutyEventKind getKind() {
        return kind;
    }

    public void setKind(DutyEventKind kind) {
        this.kind = kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
