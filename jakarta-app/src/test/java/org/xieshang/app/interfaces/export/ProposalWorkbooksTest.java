package org.xieshang.app.interfaces.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.xieshang.app.interfaces.export.ProposalExports.Register;
import org.xieshang.app.interfaces.export.ProposalExports.Statistics;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.proposal.AnswerResult;
import org.xieshang.domain.proposal.CategoryStatistics;
import org.xieshang.domain.proposal.CommitteeCoverage;
import org.xieshang.domain.proposal.FilingDecision;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.proposal.ProposalOrigin;
import org.xieshang.domain.proposal.ProposalStatistics;
import org.xieshang.domain.proposal.ProposalStatus;
import org.xieshang.domain.proposal.Satisfaction;
import org.xieshang.domain.proposal.UnitStatistics;

class ProposalWorkbooksTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 6, 5);
    private static final LocalDate ANSWERED_ON = LocalDate.of(2026, 5, 8);
    private static final HandlingUnitId HOUSING = HandlingUnitId.generate();
    private static final HandlingUnitId IDLE = HandlingUnitId.generate();

    private static final ProposalRegisterLine RATED = new ProposalRegisterLine(7, "关于加快老旧小区加装电梯的建议", ProposalCategory.URBAN_DEVELOPMENT,
            ProposalOrigin.PLENARY_SESSION, "张三", List.of("李四", "王五"), ProposalStatus.RATED, FilingDecision.FILED, "市住房和城乡建设局",
            List.of("市财政局"), DEADLINE, ANSWERED_ON, AnswerResult.BEING_SOLVED, Satisfaction.SATISFIED, true, false);
    private static final ProposalRegisterLine SUBMITTED = new ProposalRegisterLine(null, "=HYPERLINK(\"http://x\")", ProposalCategory.OTHER,
            ProposalOrigin.BETWEEN_SESSIONS, "教育界", List.of(), ProposalStatus.SUBMITTED, null, null, List.of(), null, null, null, null, false,
            false);
    private static final Register REGISTER = new Register(2026, List.of(RATED, SUBMITTED));

    private static final Statistics STATISTICS = new Statistics(2026, new ProposalStatistics(
            List.of(new UnitStatistics(HOUSING, 4, 1, 2, 1, 0, 1, 1, 1, 1), new UnitStatistics(IDLE, 0, 2, 0, 0, 0, 0, 0, 0, 0)),
            List.of(new CategoryStatistics(ProposalCategory.URBAN_DEVELOPMENT, 6, 5, 3)),
            new CommitteeCoverage(9, 8, 1, 0, 0, 2, 6, 3, 2, 1)), Map.of(HOUSING, "市住房和城乡建设局", IDLE, "市财政局"));

    private static XSSFWorkbook written(Consumer<ByteArrayOutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        return texts;
    }

    @Test
    void the_register_has_a_chinese_header_row_frozen_and_one_row_per_proposal() throws IOException {
        try (XSSFWorkbook book = written(out -> ProposalWorkbooks.register(REGISTER, Locale.SIMPLIFIED_CHINESE, out))) {
            Sheet sheet = book.getSheetAt(0);

            assertThat(sheet.getSheetName()).isEqualTo("2026年提案登记表");
            assertThat(texts(sheet.getRow(0))).containsExactly("案号", "标题", "类别", "提案类型", "提案人", "附议人", "状态", "立案审查", "主办单位",
                    "协办（会办）单位", "办理期限", "答复日期", "答复类别", "评价", "重点提案", "已超期");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getColumnWidth(1)).as("the title column is wide").isGreaterThan(sheet.getColumnWidth(0) * 3);
        }
    }

    @Test
    void a_register_row_has_numbers_chinese_labels_names_and_real_date_cells() throws IOException {
        try (XSSFWorkbook book = written(out -> ProposalWorkbooks.register(REGISTER, Locale.SIMPLIFIED_CHINESE, out))) {
            Row row = book.getSheetAt(0).getRow(1);

            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(7);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("关于加快老旧小区加装电梯的建议");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("城乡建设与管理");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("大会提案");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("李四、王五");
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("已评价");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("立案");
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("市财政局");
            Cell deadline = row.getCell(10);
            assertThat(deadline.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
            assertThat(deadline.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(DEADLINE);
            assertThat(row.getCell(11).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(ANSWERED_ON);
            assertThat(row.getCell(12).getStringCellValue()).isEqualTo("正在解决");
            assertThat(row.getCell(13).getStringCellValue()).isEqualTo("满意");
            assertThat(row.getCell(14).getStringCellValue()).isEqualTo("是");
            assertThat(row.getCell(15).getStringCellValue()).isEqualTo("否");
        }
    }

    @Test
    void what_a_proposal_does_not_have_yet_is_an_empty_cell_and_a_formula_stays_text() throws IOException {
        try (XSSFWorkbook book = written(out -> ProposalWorkbooks.register(REGISTER, Locale.SIMPLIFIED_CHINESE, out))) {
            Row row = book.getSheetAt(0).getRow(2);

            for (int column : new int[] {0, 5, 7, 8, 9, 10, 11, 12, 13}) {
                assertThat(row.getCell(column)).as("column %d", column).isNull();
            }
            Cell title = row.getCell(1);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void an_english_reader_gets_english_headers_labels_and_names() throws IOException {
        try (XSSFWorkbook book = written(out -> ProposalWorkbooks.register(REGISTER, Locale.US, out))) {
            Sheet sheet = book.getSheetAt(0);

            assertThat(sheet.getSheetName()).isEqualTo("Proposal register 2026");
            assertThat(texts(sheet.getRow(0))).startsWith("No.", "Title", "Category", "Type", "Proposer", "Co-signers", "Status");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("李四, 王五");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Rated");
            assertThat(sheet.getRow(1).getCell(14).getStringCellValue()).isEqualTo("Yes");
        }
    }

    @Test
    void a_language_other_than_english_reads_chinese() throws IOException {
        try (XSSFWorkbook book = written(out -> ProposalWorkbooks.register(REGISTER, Locale.FRENCH, out))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("案号");
        }
    }

    @Test
    void the_files_are_named_in_the_readers_language_and_in_ascii_for_english() {
        assertThat(ProposalWorkbooks.registerFile(2026, Locale.SIMPLIFIED_CHINESE)).isEqualTo("提案登记表-2026.xlsx");
        assertThat(ProposalWorkbooks.statisticsFile(2026, Locale.SIMPLIFIED_CHINESE)).isEqualTo("提案办理统计-2026.xlsx");
        assertThat(ProposalWorkbooks.registerFile(2026, Locale.ENGLISH)).isEqualTo("proposal-register-2026.xlsx");
        assertThat(ProposalWorkbooks.statisticsFile(2026, Locale.ENGLISH)).isEqualTo("proposal-statistics-2026.xlsx");
    }

    @Test
    void the_statistics_have_a_line_per_unit_with_its_counts_and_rates() throws IOException {
        try (XSSFWorkbook book = written(out -> ProposalWorkbooks.statistics(STATISTICS, Locale.SIMPLIFIED_CHINESE, out))) {
            Sheet units = book.getSheetAt(0);

            assertThat(units.getSheetName()).isEqualTo("2026年承办单位办理情况");
            assertThat(texts(units.getRow(0))).containsExactly("承办单位", "主办", "协办", "按期答复", "逾期答复", "超期未答复", "办理中", "满意", "基本满意",
                    "不满意", "按期答复率(%)", "满意率(%)");
            assertThat(units.getPaneInformation().isFreezePane()).isTrue();
            assertThat(texts(units.getRow(1))).containsExactly("市住房和城乡建设局", "4.0", "1.0", "2.0", "1.0", "0.0", "1.0", "1.0", "1.0", "1.0", "66.7",
                    "66.7");
            Row idle = units.getRow(2);
            assertThat(idle.getCell(0).getStringCellValue()).isEqualTo("市财政局");
            assertThat(idle.getCell(10)).as("no answer, no on-time rate").isNull();
            assertThat(idle.getCell(11)).as("no rating, no satisfaction rate").isNull();
        }
    }

    @Test
    void the_statistics_show_the_committees_coverage_and_the_categories() throws IOException {
        try (XSSFWorkbook book = written(out -> ProposalWorkbooks.statistics(STATISTICS, Locale.SIMPLIFIED_CHINESE, out))) {
            Sheet coverage = book.getSheet("件件有回音");
            assertThat(texts(coverage.getRow(0))).containsExactly("项目", "数值");
            assertThat(texts(coverage.getRow(1))).containsExactly("件件有回音(%)", "37.5");
            assertThat(texts(coverage.getRow(2))).containsExactly("已答复的立案提案占比(%)", "75.0");
            assertThat(texts(coverage.getRow(3))).containsExactly("提交", "9.0");
            assertThat(texts(coverage.getRow(12))).containsExactly("超期未答复", "1.0");

            Sheet categories = book.getSheet("按类别");
            assertThat(texts(categories.getRow(0))).containsExactly("类别", "提交", "立案", "已答复");
            assertThat(texts(categories.getRow(1))).containsExactly("城乡建设与管理", "6.0", "5.0", "3.0");
        }
    }

    @Test
    void the_statistics_speak_english_to_an_english_reader() throws IOException {
        try (XSSFWorkbook book = written(out -> ProposalWorkbooks.statistics(STATISTICS, Locale.ENGLISH, out))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Handling units 2026");
            assertThat(texts(book.getSheetAt(0).getRow(0))).startsWith("Handling unit", "Led", "Co-handled");
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Every item an answer");
            assertThat(book.getSheetAt(2).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Urban development");
        }
    }
}
