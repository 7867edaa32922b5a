package org.xieshang.app.interfaces.export;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.xieshang.app.interfaces.export.ProposalExports.Register;
import org.xieshang.app.interfaces.export.ProposalExports.Statistics;
import org.xieshang.domain.proposal.CategoryStatistics;
import org.xieshang.domain.proposal.CommitteeCoverage;
import org.xieshang.domain.proposal.Satisfaction;
import org.xieshang.domain.proposal.UnitStatistics;

/**
 * The proposal register (提案登记表) and the handling statistics (承办单位办理情况, 件件有回音, by category) as XLSX
 * workbooks, with the screens' column names in the reader's language. Every number comes from the statistics as
 * given; nothing is counted here. Stateless and thread-safe.
 */
public final class ProposalWorkbooks {

    private ProposalWorkbooks() {
    }

    /**
     * @param year   the register's year
     * @param reader the reader's language, not null
     * @return the file's name, such as 提案登记表-2026.xlsx; in English, ASCII
     */
    public static String registerFile(int year, Locale reader) {
        return new WorkbookTexts(reader).text("proposal-export.register.file", String.valueOf(year)) + ".xlsx";
    }

    /**
     * @param year   the statistics' year
     * @param reader the reader's language, not null
     * @return the file's name, such as 提案办理统计-2026.xlsx; in English, ASCII
     */
    public static String statisticsFile(int year, Locale reader) {
        return new WorkbookTexts(reader).text("proposal-export.statistics.file", String.valueOf(year)) + ".xlsx";
    }

    /**
     * @param register the year's register, not null
     * @param reader   the reader's language, not null
     * @param out      where the workbook goes, not null; left open
     */
    public static void register(Register register, Locale reader, OutputStream out) {
        WorkbookTexts t = new WorkbookTexts(reader);
        try (Spreadsheet sheet = new Spreadsheet()) {
            sheet.sheet(t.text("proposal-export.register.sheet", String.valueOf(register.year())), List.of(t.text("proposal.number"),
                    t.text("proposal.title"), t.text("proposal.category"), t.text("proposal.origin"), t.text("proposal.proposer"),
                    t.text("proposal.co-signers"), t.text("proposal.status"), t.text("proposal.filing"), t.text("proposal.lead-unit"),
                    t.text("proposal.co-units"), t.text("proposal.deadline"), t.text("proposal.answer.on"), t.text("proposal.answer.result"),
                    t.text("proposal.rating.satisfaction"), t.text("proposal.key"), t.text("proposal.overdue")));
            sheet.widen(1, 30).widen(2, 8).widen(4, 6).widen(5, 12).widen(6, 6).widen(8, 12).widen(9, 16).widen(10, 6).widen(11, 6).widen(12, 8);
            for (ProposalRegisterLine line : register.lines()) {
                sheet.row(line.number(), line.title(), t.label(line.category()), t.label(line.origin()), line.proposer(), t.list(line.coSigners()),
                        t.label(line.status()), t.label(line.filing()), line.leadUnit(), t.list(line.coUnits()), line.deadline(), line.answeredOn(),
                        t.label(line.result()), t.label(line.rating()), t.yesNo(line.key()), t.yesNo(line.overdue()));
            }
            sheet.writeTo(out);
        }
    }

    /**
     * @param statistics the year's statistics with the units' names, not null
     * @param reader     the reader's language, not null
     * @param out        where the workbook goes, not null; left open
     */
    public static void statistics(Statistics statistics, Locale reader, OutputStream out) {
        WorkbookTexts t = new WorkbookTexts(reader);
        try (Spreadsheet sheet = new Spreadsheet()) {
            units(sheet, statistics, t);
            coverage(sheet, statistics.data().committee(), t);
            sheet.sheet(t.text("proposal-statistics.by-category"), List.of(t.text("proposal.category"), t.text("proposal-statistics.submitted"),
                    t.text("proposal-statistics.filed"), t.text("proposal-statistics.answered")));
            sheet.widen(0, 10);
            for (CategoryStatistics c : statistics.data().categories()) {
                sheet.row(t.label(c.category()), c.submitted(), c.filed(), c.answered());
            }
            sheet.writeTo(out);
        }
    }

    private static void units(Spreadsheet sheet, Statistics statistics, WorkbookTexts t) {
        sheet.sheet(t.text("proposal-export.units.sheet", String.valueOf(statistics.year())), List.of(t.text("proposal.unit"),
                t.text("proposal-statistics.led"), t.text("proposal-statistics.co-handled"), t.text("proposal-statistics.on-time"),
                t.text("proposal-statistics.late"), t.text("proposal-statistics.overdue"), t.text("proposal-statistics.pending"),
                t.label(Satisfaction.SATISFIED), t.label(Satisfaction.BASICALLY_SATISFIED), t.label(Satisfaction.UNSATISFIED),
                percentOf(t.text("proposal-statistics.on-time-rate")), percentOf(t.text("proposal-statistics.satisfaction-rate"))));
        sheet.widen(0, 14);
        for (UnitStatistics u : statistics.data().units()) {
            // A rate over nothing is no rate: an empty cell rather than 0.
            sheet.row(statistics.unitName(u.unitId()), u.led(), u.coHandled(), u.answeredOnTime(), u.answeredLate(), u.overdue(), u.pending(),
                    u.satisfied(), u.basicallySatisfied(), u.unsatisfied(), u.answered() == 0 ? null : percent(u.onTimeRate()),
                    u.rated() == 0 ? null : percent(u.satisfactionRate()));
        }
    }

    private static void coverage(Spreadsheet sheet, CommitteeCoverage c, WorkbookTexts t) {
        sheet.sheet(t.text("proposal-statistics.coverage"), List.of(t.text("proposal-export.figure"), t.text("proposal-export.value")));
        sheet.widen(0, 14);
        sheet.row(percentOf(t.text("proposal-statistics.coverage")), c.filed() == 0 ? null : percent(c.coverage()));
        sheet.row(percentOf(t.text("proposal-statistics.answer-rate")), c.filed() == 0 ? null : percent(c.answerRate()));
        sheet.row(t.text("proposal-statistics.submitted"), c.submitted());
        sheet.row(t.text("proposal-statistics.filed"), c.filed());
        sheet.row(t.text("proposal-statistics.not-filed"), c.notFiled());
        sheet.row(t.text("proposal-statistics.converted"), c.converted());
        sheet.row(t.text("proposal-statistics.merged"), c.merged());
        sheet.row(t.text("proposal-statistics.key"), c.key());
        sheet.row(t.text("proposal-statistics.answered"), c.answered());
        sheet.row(t.text("proposal-statistics.rated"), c.rated());
        sheet.row(t.text("proposal-statistics.closed"), c.closed());
        sheet.row(t.text("proposal-statistics.overdue"), c.overdue());
    }

    private static String percentOf(String header) {
        return header + "(%)";
    }

    /** @return a share of 0–1 as a percentage with one decimal, such as 87.5 */
    private static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
    }
}
