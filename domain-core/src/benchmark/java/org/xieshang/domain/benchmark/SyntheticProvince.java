package org.xieshang.domain.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.activity.ActivityKind;
import org.xieshang.domain.activity.Attendance;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventId;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.duty.discipline.AttendanceFact;
import org.xieshang.domain.duty.evaluation.MemberFacts;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.duty.scoring.Points;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.MembershipKind;
import org.xieshang.domain.member.MembershipStatus;
import org.xieshang.domain.member.StandingRole;
import org.xieshang.domain.member.TermMembership;
import org.xieshang.domain.sector.SectorId;

/**
 * A made-up province for the benchmark: members of one term with a year of duty events and invitations each, drawn
 * from a fixed seed so that every run evaluates the same data. Members differ in diligence, so that scores spread
 * around the pass mark and the discipline rules find something.
 */
final class SyntheticProvince {

    static final CommitteeId COMMITTEE = CommitteeId.generate();
    static final Term TERM = Term.of(13, LocalDate.of(2022, 1, 10), LocalDate.of(2027, 1, 9));
    private static final Instant RECORDED_AT = Instant.parse("2024-12-31T00:00:00Z");
    private static final DutyEventKind[] KINDS = DutyEventKind.values();
    /** Kinds most of a year is made of: contacts, duty at a workstation, routine meetings, leave. */
    private static final DutyEventKind[] ROUTINE = {DutyEventKind.PUBLIC_CONTACT, DutyEventKind.WORKSTATION_DUTY,
            DutyEventKind.ATTENDED_OTHER_ACTIVITY, DutyEventKind.ATTENDED_CHAIRMAN_MEETING, DutyEventKind.ABSENT_EXCUSED};

    final List<MemberFacts> members;
    /** The same events as kind ordinals, member after member: {@code kinds[starts[m]] .. kinds[starts[m + 1] - 1]}. */
    final int[] kinds;
    final int[] starts;

    private SyntheticProvince(List<MemberFacts> members, int[] kinds, int[] starts) {
        this.members = members;
        this.kinds = kinds;
        this.starts = starts;
    }

    /**
     * @param memberCount     members in the province
     * @param eventsPerYear   duty events per member and year
     * @param year            the year evaluated, within {@link #TERM}
     * @param earlierYears    earlier years of the term with events as well (the duty file per term reads them)
     */
    static SyntheticProvince generate(int memberCount, int eventsPerYear, int year, int earlierYears) {
        Random random = new Random(20241231L);
        LocalDate[] days = daysOf(year - earlierYears, year);
        String[] titles = new String[KINDS.length];
        for (DutyEventKind kind : KINDS) {
            titles[kind.ordinal()] = kind.name().toLowerCase();
        }
        List<Meeting> meetings = meetingsOf(year);
        SectorId sector = SectorId.generate();
        List<MemberFacts> members = new ArrayList<>(memberCount);
        int[] kinds = new int[memberCount * eventsPerYear];
        int[] starts = new int[memberCount + 1];
        long source = 0;
        int position = 0;
        for (int m = 0; m < memberCount; m++) {
            MemberId member = new MemberId(new UUID(random.nextLong(), random.nextLong()));
            double diligence = random.nextDouble();
            boolean standing = random.nextInt(10) == 0;
            LocalDate since = random.nextInt(20) == 0 ? LocalDate.of(year, 6, 1) : TERM.startInclusive();
            TermMembership membership = new TermMembership(TERM.number(), sector,
                    since.equals(TERM.startInclusive()) ? MembershipKind.CONTINUING : MembershipKind.NEW, MembershipStatus.ACTIVE, since,
                    Optional.empty(), standing ? List.of(new StandingRole(since, Optional.empty())) : List.of());

            List<DutyEvent> events = new ArrayList<>(eventsPerYear * (earlierYears + 1));
            starts[m] = position;
            for (int y = year - earlierYears; y <= year; y++) {
                for (int e = 0; e < eventsPerYear; e++) {
                    DutyEventKind kind = kindFor(random, diligence);
                    LocalDate day = days[(y - (year - earlierYears)) * 365 + random.nextInt(365)];
                    if (day.isBefore(since)) {
                        continue;
                    }
                    events.add(new DutyEvent(new DutyEventId(new UUID(random.nextLong(), random.nextLong())), COMMITTEE, member, kind, day,
                            new SourceRef(SourceType.MANUAL, Long.toString(++source)), titles[kind.ordinal()], RECORDED_AT));
                    if (y == year) {
                        kinds[position++] = kind.ordinal();
                    }
                }
            }
            List<AttendanceFact> attendance = new ArrayList<>();
            for (Meeting meeting : meetings) {
                if (!meeting.day.isBefore(since) && (meeting.kind != ActivityKind.STANDING_COMMITTEE_MEETING || standing)) {
                    Attendance outcome = random.nextDouble() < (1 - diligence) * 0.3 ? Attendance.UNEXCUSED
                            : random.nextInt(10) == 0 ? Attendance.EXCUSED : Attendance.PRESENT;
                    attendance.add(new AttendanceFact(meeting.id, meeting.kind, meeting.day, meeting.title, true, outcome, standing));
                }
            }
            List<AnnualScore> earlier = new ArrayList<>();
            for (int y = Math.max(TERM.startInclusive().getYear(), year - 2); y < year && since.getYear() <= y; y++) {
                int total = 300 + random.nextInt(700);
                earlier.add(new AnnualScore(member, y, 1, new Points(total), total >= 600 ? "合格" : "不合格", total >= 600));
            }
            members.add(new MemberFacts(member, TERM, membership, events, attendance, earlier));
        }
        starts[memberCount] = position;
        return new SyntheticProvince(members, kinds, starts);
    }

    /** Diligent members do more of everything that scores; careless ones miss meetings without leave. */
    private static DutyEventKind kindFor(Random random, double diligence) {
        double draw = random.nextDouble();
        if (draw < 0.75 + 0.2 * (1 - diligence)) {
            return draw < 0.02 * (1 - diligence) ? DutyEventKind.ABSENT_UNEXCUSED : ROUTINE[random.nextInt(ROUTINE.length)];
        }
        return KINDS[random.nextInt(KINDS.length)];
    }

    /** One day object per calendar day, shared by every event on it, as a store would hand them out. */
    private static LocalDate[] daysOf(int firstYear, int lastYear) {
        LocalDate[] days = new LocalDate[(lastYear - firstYear + 1) * 365];
        for (int y = firstYear; y <= lastYear; y++) {
            for (int d = 0; d < 365; d++) {
                days[(y - firstYear) * 365 + d] = LocalDate.ofYearDay(y, d + 1);
            }
        }
        return days;
    }

    private static List<Meeting> meetingsOf(int year) {
        List<Meeting> meetings = new ArrayList<>();
        meetings.add(new Meeting(ActivityKind.PLENARY_SESSION, LocalDate.of(year, 1, 12)));
        for (int month = 2; month <= 12; month += 2) {
            meetings.add(new Meeting(ActivityKind.STANDING_COMMITTEE_MEETING, LocalDate.of(year, month, 20)));
        }
        for (int month = 1; month <= 12; month++) {
            meetings.add(new Meeting(ActivityKind.SPECIAL_CONSULTATION, LocalDate.of(year, month, 8)));
        }
        return meetings;
    }

    private record Meeting(ActivityId id, ActivityKind kind, LocalDate day, String title) {
        Meeting(ActivityKind kind, LocalDate day) {
            this(ActivityId.generate(), kind, day, kind + " " + day);
        }
    }
}
