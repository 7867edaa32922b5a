package org.xieshang.app.infrastructure.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.xieshang.domain.activity.ActivityDraft;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.activity.ActivityKind;
import org.xieshang.domain.activity.Audience;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.activity.Invitation;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.PlenarySession;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventDraft;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.DutyReport;
import org.xieshang.domain.duty.DutyReportKind;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.duty.discipline.DisciplinePolicy;
import org.xieshang.domain.duty.discipline.DisciplinePreset;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.TermMembership;
import org.xieshang.domain.specialcommittee.SpecialCommittee;

/**
 * A fictional record of duty work for one demo committee under the Yueqing preset: two full years and this year so far
 * of plenary sessions, standing meetings, consultations, training, inspections and study sessions with attendance and
 * leave; proposals (of earlier years: this year's come from the demo's real proposals), reports, speeches and other
 * records; members' annual reports; then the years are scored and the rules raise their findings. A few members are
 * written to fail (an idle member, a standing member missing standing meetings) so that every screen shows real
 * findings. Built in memory and saved aggregate by aggregate.
 */
final class DutyDemo {

    /** How a fictional member takes part. */
    private enum Habit {
        DILIGENT(0.95, 0.05, 0.0, 24),
        AVERAGE(0.85, 0.1, 0.05, 16),
        IDLE(0.3, 0.1, 0.6, 1);

        final double present;
        final double excused;
        final double unexcused;
        final int records;

        Habit(double present, double excused, double unexcused, int records) {
            this.present = present;
            this.excused = excused;
            this.unexcused = unexcused;
            this.records = records;
        }
    }

    private static final String CLERK = "dutyfile.demo";
    private static final List<String> LEAVE_REASONS = List.of("因公出差", "参加单位重要会议", "身体不适住院治疗", "赴外地参加培训", "家中有急事");

    private final DutyDemoStorage storage;
    private final DemoCalendar calendar;

    DutyDemo(DutyDemoStorage storage, DemoCalendar calendar) {
        this.storage = storage;
        this.calendar = calendar;
    }

    /**
     * @param committee         the stored committee
     * @param members           its members of the term, first the one the demo member account uses
     * @param specialCommittees its special committees
     * @return how many activities and records were written
     */
    int[] load(Committee committee, Term term, List<Member> members, List<SpecialCommittee> specialCommittees) {
        storage.policies().save(DisciplinePolicy.of(committee.id(), DisciplinePreset.YUEQING));
        Map<MemberId, Habit> habits = habits(committee, term, members);
        int activities = 0;
        int records = 0;
        int thisYear = calendar.today().getYear();
        for (int year = Math.max(term.startInclusive().getYear(), thisYear - 2); year <= Math.min(thisYear, term.endInclusive().getYear()); year++) {
            Random random = DemoIds.random(committee.id().toString(), "duty-" + year);
            for (ActivityDraft draft : calendarOf(committee, term, year, specialCommittees)) {
                DutyActivity activity = attend(committee, term, draft, members, habits, random);
                storage.activities().save(activity);
                List<DutyEvent> attendance = attendanceOf(activity);
                storage.events().addAll(attendance);
                records += attendance.size();
                storage.release().run();
                activities++;
            }
            List<DutyEvent> entered = new ArrayList<>();
            for (Member member : members) {
                entered.addAll(records(committee, term, member, habits.get(member.id()), year, random));
            }
            storage.events().addAll(entered);
            records += entered.size();
            storage.release().run();
            reports(committee, term, members, year, random);
        }
        return new int[] {activities, records};
    }

    private Map<MemberId, Habit> habits(Committee committee, Term term, List<Member> members) {
        Random random = DemoIds.random(committee.id().toString(), "duty-habits");
        Map<MemberId, Habit> habits = new HashMap<>();
        int idle = 0;
        for (int i = 0; i < members.size(); i++) {
            double roll = random.nextDouble();
            // The first member is the demo member account's: an active member with something to see.
            Habit habit = i == 0 ? Habit.DILIGENT : roll < 0.04 || (i == members.size() / 2 && idle == 0) ? Habit.IDLE : roll < 0.25 ? Habit.AVERAGE
                    : Habit.DILIGENT;
            idle += habit == Habit.IDLE ? 1 : 0;
            habits.put(members.get(i).id(), habit);
        }
        return habits;
    }

    private List<ActivityDraft> calendarOf(Committee committee, Term term, int year, List<SpecialCommittee> specialCommittees) {
        List<ActivityDraft> drafts = new ArrayList<>();
        for (PlenarySession session : term.sessions()) {
            if (session.startInclusive().getYear() == year) {
                drafts.add(draft(term, ActivityKind.PLENARY_SESSION, session.displayName(term.number()), session.startInclusive().atTime(9, 0),
                        session.endInclusive().atTime(17, 0), "会议中心", "办公室", null, Audience.allMembers(true)));
            }
        }
        int[] standingMonths = {3, 6, 9, 12};
        for (int i = 0; i < standingMonths.length; i++) {
            LocalDateTime start = LocalDate.of(year, standingMonths[i], 16).atTime(9, 0);
            drafts.add(draft(term, ActivityKind.STANDING_COMMITTEE_MEETING, year + "年第" + (i + 1) + "次常委会议", start, start.plusHours(3),
                    "常委会议室", "办公室", null, Audience.standingMembers(true)));
        }
        SpecialCommittee economy = specialCommittees.stream().filter(s -> s.name().contains("经济")).findFirst()
                .orElse(specialCommittees.isEmpty() ? null : specialCommittees.get(0));
        drafts.add(draft(term, ActivityKind.TRAINING, year + "年度委员履职能力培训班", LocalDate.of(year, 5, 20).atTime(9, 0),
                LocalDate.of(year, 5, 21).atTime(17, 0), "委员培训中心", "委员工作委员会", null, Audience.allMembers(true)));
        drafts.add(draft(term, ActivityKind.SPECIAL_CONSULTATION, "营商环境优化专题协商会", LocalDate.of(year, 4, 22).atTime(14, 30),
                LocalDate.of(year, 4, 22).atTime(17, 30), "第一会议室", "经济委员会", economy, Audience.invited(true)));
        drafts.add(draft(term, ActivityKind.SECTOR_CONSULTATION, "养老服务体系建设界别协商", LocalDate.of(year, 10, 14).atTime(14, 30),
                LocalDate.of(year, 10, 14).atTime(17, 30), "第二会议室", "社会和法制委员会", null, Audience.invited(true)));
        drafts.add(draft(term, ActivityKind.INSPECTION, "乡村振兴重点项目视察", LocalDate.of(year, 8, 26).atTime(8, 30),
                LocalDate.of(year, 8, 26).atTime(17, 0), "各乡镇", "农业和农村委员会", null, Audience.invited(true)));
        drafts.add(draft(term, ActivityKind.STUDY_SESSION, "委员讲堂：" + year + "年上半年", LocalDate.of(year, 7, 8).atTime(15, 0),
                LocalDate.of(year, 7, 8).atTime(17, 0), "委员之家", "文化文史和学习委员会", null, Audience.allMembers(false)));
        drafts.add(draft(term, ActivityKind.STUDY_SESSION, "委员讲堂：" + year + "年下半年", LocalDate.of(year, 12, 9).atTime(15, 0),
                LocalDate.of(year, 12, 9).atTime(17, 0), "委员之家", "文化文史和学习委员会", null, Audience.allMembers(false)));
        return drafts.stream().filter(d -> term.covers(d.startsAt().toLocalDate())).toList();
    }

    private static ActivityDraft draft(Term term, ActivityKind kind, String title, LocalDateTime start, LocalDateTime end, String place,
                                       String organiser, SpecialCommittee organisingCommittee, Audience audience) {
        return new ActivityDraft(term.number(), kind, title, start, end, Optional.of(place), organiser,
                Optional.ofNullable(organisingCommittee).map(SpecialCommittee::id), audience);
    }

    private DutyActivity attend(Committee committee, Term term, ActivityDraft draft, List<Member> members, Map<MemberId, Habit> habits, Random random) {
        LocalDate day = draft.startsAt().toLocalDate();
        List<MemberId> invited = new ArrayList<>();
        for (Member member : members) {
            TermMembership membership = member.membership(term.number()).orElseThrow();
            boolean serving = membership.covers(day);
            boolean wanted = switch (draft.audience().kind()) {
                case STANDING_MEMBERS -> membership.wasStandingOn(day);
                case INVITED, SPECIAL_COMMITTEE -> random.nextDouble() < 0.45;
                case ALL_MEMBERS, SECTOR -> true;
            };
            if (serving && wanted) {
                invited.add(member.id());
            }
        }
        DutyActivity activity = DutyActivity.schedule(new ActivityId(DemoIds.uuid("activity", committee.id().toString(), draft.title(), day.toString())),
                committee.id(), draft).invite(invited, draft.audience().obligatory());
        boolean happened = calendar.hasHappened(day);
        LocalDateTime asked = draft.startsAt().minusDays(3);
        Map<MemberId, Boolean> presence = new LinkedHashMap<>();
        for (int i = 0; i < invited.size(); i++) {
            MemberId memberId = invited.get(i);
            Habit habit = habits.get(memberId);
            double roll = random.nextDouble();
            boolean truant = draft.kind() == ActivityKind.STANDING_COMMITTEE_MEETING && i == invited.size() - 1
                    && (day.getMonthValue() == 3 || day.getMonthValue() == 9) && day.getYear() == calendar.today().getYear() - 1;
            boolean idlePlenary = habit == Habit.IDLE && draft.kind() == ActivityKind.PLENARY_SESSION;
            if (!happened) {
                // Upcoming: a few have already asked for leave, awaiting a decision (the first member among them).
                if (i == 0 || roll < 0.04) {
                    activity = activity.requestLeave(memberId, LEAVE_REASONS.get(random.nextInt(LEAVE_REASONS.size())), "member.demo",
                            calendar.today().atStartOfDay(), calendar.recordedAt());
                }
                continue;
            }
            if (!truant && !idlePlenary && roll < habit.present) {
                presence.put(memberId, true);
            } else if (!truant && !idlePlenary && roll < habit.present + habit.excused) {
                activity = activity.requestLeave(memberId, LEAVE_REASONS.get(random.nextInt(LEAVE_REASONS.size())), CLERK, asked,
                        calendar.recordedAt()).decideLeave(memberId, true, CLERK, null, calendar.recordedAt());
                presence.put(memberId, false);
            } else {
                presence.put(memberId, false);
            }
        }
        return happened ? activity.recordAttendance(presence, draft.startsAt().plusHours(1)) : activity;
    }

    private List<DutyEvent> attendanceOf(DutyActivity activity) {
        List<DutyEvent> events = new ArrayList<>();
        for (Invitation invitation : activity.invitations()) {
            activity.dutyEvent(invitation.memberId()).ifPresent(draft -> events.add(event(draft)));
        }
        return events;
    }

    private List<DutyEvent> records(Committee committee, Term term, Member member, Habit habit, int year, Random random) {
        TermMembership membership = member.membership(term.number()).orElseThrow();
        List<DutyEventKind> kinds = List.of(DutyEventKind.PROPOSAL_LEAD, DutyEventKind.PROPOSAL_COSIGNED, DutyEventKind.REPORT_SUBMITTED,
                DutyEventKind.PUBLIC_CONTACT, DutyEventKind.WORKSTATION_DUTY, DutyEventKind.SPEECH_WRITTEN, DutyEventKind.RESEARCH_REPORT,
                DutyEventKind.ATTENDED_OTHER_ACTIVITY);
        // This year's proposals and social-condition reports are real ones (ProposalDemoLoader, SocialReportDemoLoader)
        // that credit the files themselves: invented records of them would count twice. The draws are made all the same,
        // so that the other records stay as they were.
        boolean inventsItems = year < calendar.today().getYear();
        List<DutyEvent> events = new ArrayList<>();
        for (int n = 0; n < habit.records + random.nextInt(3); n++) {
            LocalDate day = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            if (!calendar.hasHappened(day) || !membership.covers(day)) {
                continue;
            }
            DutyEventKind kind = kinds.get(random.nextInt(kinds.size()));
            String reference = year + "-" + member.code().value() + "-" + n;
            SourceType source = switch (kind) {
                case PROPOSAL_LEAD, PROPOSAL_COSIGNED -> SourceType.PROPOSAL;
                case REPORT_SUBMITTED -> SourceType.SOCIAL_REPORT;
                default -> SourceType.MANUAL;
            };
            if (source == SourceType.MANUAL || inventsItems) {
                events.add(event(new DutyEventDraft(committee.id(), member.id(), kind, day, SourceRef.of(source, reference), title(kind, year, n))));
            }
            if (kind == DutyEventKind.PROPOSAL_LEAD && random.nextBoolean() && inventsItems) {
                events.add(event(new DutyEventDraft(committee.id(), member.id(), DutyEventKind.PROPOSAL_FILED, day, SourceRef.of(source, reference),
                        title(kind, year, n))));
            }
            if (kind == DutyEventKind.REPORT_SUBMITTED && random.nextInt(4) == 0 && inventsItems) {
                events.add(event(new DutyEventDraft(committee.id(), member.id(), DutyEventKind.REPORT_ADOPTED, day, SourceRef.of(source, reference),
                        title(kind, year, n))));
            }
        }
        return events;
    }

    private static String title(DutyEventKind kind, int year, int n) {
        return switch (kind) {
            case PROPOSAL_LEAD, PROPOSAL_FILED -> "关于完善社区养老服务设施的提案（" + year + "-" + (n + 1) + "）";
            case PROPOSAL_COSIGNED -> "关于加强中小学课后服务的提案（附议）";
            case REPORT_SUBMITTED, REPORT_ADOPTED -> "关于农村客运班线运营困难的社情民意信息";
            case PUBLIC_CONTACT -> "走访联系界别群众";
            case WORKSTATION_DUTY -> "委员工作站接待群众";
            case SPEECH_WRITTEN -> "大会书面发言：推进城乡融合发展";
            case RESEARCH_REPORT -> "关于县域商业体系建设的调研报告";
            default -> "参加界别活动";
        };
    }

    private DutyEvent event(DutyEventDraft draft) {
        return DutyEvent.of(draft, calendar.recordedAt());
    }

    private void reports(Committee committee, Term term, List<Member> members, int year, Random random) {
        if (year >= calendar.today().getYear()) {
            // This year's reports are written at its end: only the demo member has begun a draft.
            storage.reports().save(DutyReport.draft(committee.id(), members.get(0).id(), year, DutyReportKind.ANNUAL_REPORT,
                    "（草稿）" + year + "年以来，本人认真参加全体会议和常委会议，围绕界别群众关切开展调研……"));
            return;
        }
        List<Member> writers = members.stream().sorted(Comparator.comparing(m -> m.code().value())).limit(Math.max(3, members.size() / 3)).toList();
        for (int i = 0; i < writers.size(); i++) {
            Member member = writers.get(i);
            if (!member.membership(term.number()).orElseThrow().covers(LocalDate.of(year, 12, 31))) {
                continue;
            }
            DutyReport report = DutyReport.draft(committee.id(), member.id(), year, DutyReportKind.ANNUAL_REPORT,
                    year + "年，本人按照委员履职要求，参加全体会议、常委会议和专题协商活动，提交提案和社情民意信息，积极联系界别群众。\n"
                            + "一、加强学习，提高履职能力。\n二、围绕中心，积极建言献策。\n三、联系群众，反映社情民意。\n存在的不足和今后努力方向：……")
                    .submit(calendar.recordedAt());
            if (year < calendar.today().getYear() - 1 || i % 3 == 0) {
                report = report.review(true, CLERK, null);
            } else if (i % 3 == 1 && random.nextBoolean()) {
                report = report.review(false, CLERK, "请补充提案办理跟踪和下沉履职情况");
            }
            storage.reports().save(report);
        }
    }
}
