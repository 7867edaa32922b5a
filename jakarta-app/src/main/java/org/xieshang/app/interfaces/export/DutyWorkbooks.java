package org.xieshang.app.interfaces.export;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xieshang.app.application.duty.DutyDirectory;
import org.xieshang.app.application.duty.DutyStatisticsService.Report;
import org.xieshang.domain.duty.DutyEventKind.Category;
import org.xieshang.domain.duty.discipline.AttendanceSummary;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.duty.statistics.AnnualNotification;
import org.xieshang.domain.duty.statistics.GroupTotals;
import org.xieshang.domain.duty.statistics.NotificationRow;
import org.xieshang.domain.duty.statistics.OrganiserRow;
import org.xieshang.domain.duty.statistics.QuarterRow;
import org.xieshang.domain.duty.statistics.QuarterlyStatistics;
import org.xieshang.domain.duty.statistics.Ranked;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.DomainMessages;

/**
 * The duty statistics as XLSX workbooks with Chinese headers, as committees send them on (一季一统计、一年一通报、
 * 排名与评优). Stateless and thread-safe.
 */
public final class DutyWorkbooks {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final List<String> ATTENDANCE = List.of("应出席", "出席", "请假", "无故缺席", "出席率(%)");

    private DutyWorkbooks() {
    }

    /**
     * @param report the quarter's statistics with names, not null
     * @param out    where the workbook goes, not null
     */
    public static void quarterly(Report<QuarterlyStatistics> report, OutputStream out) {
        QuarterlyStatistics data = report.data();
        DutyDirectory names = report.directory();
        try (Spreadsheet sheet = new Spreadsheet()) {
            List<String> memberHeaders = new ArrayList<>(List.of("委员编号", "姓名", "界别"));
            memberHeaders.addAll(categoryHeaders());
            memberHeaders.addAll(ATTENDANCE);
            sheet.sheet(data.year() + "年第" + data.quarter() + "季度委员履职统计", memberHeaders);
            for (QuarterRow<MemberId> row : data.members()) {
                List<Object> cells = new ArrayList<>(List.of(names.code(row.key()), names.name(row.key()),
                        names.members().containsKey(row.key()) ? sectorOf(names, row.key()) : ""));
                addCounts(cells, row);
                addAttendance(cells, row.attendance());
                sheet.row(cells.toArray());
            }
            List<String> sectorHeaders = new ArrayList<>(List.of("界别", "委员人数"));
            sectorHeaders.addAll(categoryHeaders());
            sectorHeaders.addAll(ATTENDANCE);
            sheet.sheet("界别统计", sectorHeaders);
            for (QuarterRow<SectorId> row : data.sectors()) {
                List<Object> cells = new ArrayList<>(List.of(names.sector(row.key()), row.members()));
                addCounts(cells, row);
                addAttendance(cells, row.attendance());
                sheet.row(cells.toArray());
            }
            List<String> organiserHeaders = new ArrayList<>(List.of("专门委员会", "组织活动次数"));
            organiserHeaders.addAll(ATTENDANCE);
            sheet.sheet("专门委员会统计", organiserHeaders);
            for (OrganiserRow row : data.specialCommittees()) {
                List<Object> cells = new ArrayList<>(List.of(names.specialCommittee(row.specialCommitteeId()), row.activities()));
                addAttendance(cells, row.attendance());
                sheet.row(cells.toArray());
            }
            sheet.writeTo(out);
        }
    }

    /**
     * @param report the year's notification with names, not null
     * @param out    where the workbook goes, not null
     */
    public static void annual(Report<AnnualNotification> report, OutputStream out) {
        AnnualNotification data = report.data();
        DutyDirectory names = report.directory();
        try (Spreadsheet sheet = new Spreadsheet()) {
            List<String> headers = new ArrayList<>(List.of("名次", "委员编号", "姓名", "界别", "常委", "履职得分", "等次", "考核结果"));
            headers.addAll(ATTENDANCE);
            headers.addAll(List.of("参加履职活动", "提案", "社情民意信息", "履职预警"));
            sheet.sheet(data.year() + "年度委员履职情况通报", headers);
            for (Ranked<NotificationRow> ranked : data.rows()) {
                NotificationRow row = ranked.item();
                List<Object> cells = new ArrayList<>(List.of(ranked.rank(), names.code(row.memberId()), names.name(row.memberId()),
                        names.sector(row.sectorId()), row.standing() ? "是" : "否"));
                cells.add(row.score().map(s -> s.total().toDecimal()).orElse(null));
                cells.add(row.score().map(AnnualScore::grade).orElse(""));
                cells.add(row.score().map(s -> s.passed() ? "合格" : "不合格").orElse(""));
                addAttendance(cells, row.attendance());
                cells.addAll(List.of(row.participation(), row.proposals(), row.reports(),
                        String.join("；", row.findings().stream().map(k -> DomainMessages.label(k, CHINESE)).toList())));
                sheet.row(cells.toArray());
            }
            List<String> sectorHeaders = new ArrayList<>(List.of("界别", "委员人数", "平均得分", "不合格人数", "参加履职活动"));
            sectorHeaders.addAll(ATTENDANCE);
            sheet.sheet("界别汇总", sectorHeaders);
            for (GroupTotals<SectorId> group : data.byGroup(NotificationRow::sectorId)) {
                List<Object> cells = new ArrayList<>(List.of(names.sector(group.key()), group.members(), tenths(group.averageTenths()), group.failed(),
                        group.participation()));
                addAttendance(cells, group.attendance());
                sheet.row(cells.toArray());
            }
            sheet.writeTo(out);
        }
    }

    /**
     * @param report    the year's notification with names, not null
     * @param shortlist the outstanding members shortlist, not null
     * @param out       where the workbook goes, not null
     */
    public static void ranking(Report<AnnualNotification> report, List<Ranked<NotificationRow>> shortlist, OutputStream out) {
        DutyDirectory names = report.directory();
        try (Spreadsheet sheet = new Spreadsheet()) {
            List<String> headers = List.of("名次", "姓名", "界别", "履职得分", "等次", "出席率(%)");
            sheet.sheet(report.data().year() + "年度履职排名", headers);
            report.data().rows().forEach(r -> sheet.row(rankingCells(r, names)));
            sheet.sheet("优秀委员候选", headers);
            shortlist.forEach(r -> sheet.row(rankingCells(r, names)));
            sheet.writeTo(out);
        }
    }

    private static Object[] rankingCells(Ranked<NotificationRow> ranked, DutyDirectory names) {
        NotificationRow row = ranked.item();
        return new Object[] {ranked.rank(), names.name(row.memberId()), names.sector(row.sectorId()),
                row.score().map(s -> s.total().toDecimal()).orElse(null), row.score().map(AnnualScore::grade).orElse(""), row.attendance().rate()};
    }

    private static String sectorOf(DutyDirectory names, MemberId memberId) {
        return names.members().get(memberId).latestMembership().map(m -> names.sector(m.sectorId())).orElse("");
    }

    private static List<String> categoryHeaders() {
        List<String> headers = new ArrayList<>();
        for (Category category : Category.values()) {
            headers.add(DomainMessages.label(category, CHINESE));
        }
        return headers;
    }

    private static void addCounts(List<Object> cells, QuarterRow<?> row) {
        for (Category category : Category.values()) {
            cells.add(row.count(category));
        }
    }

    private static void addAttendance(List<Object> cells, AttendanceSummary attendance) {
        cells.addAll(List.of(attendance.obliged(), attendance.present(), attendance.excused(), attendance.unexcused(), attendance.rate()));
    }

    private static BigDecimal tenths(int tenths) {
        return BigDecimal.valueOf(tenths, 1);
    }
}
