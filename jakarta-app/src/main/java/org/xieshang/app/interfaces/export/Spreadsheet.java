package org.xieshang.app.interfaces.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX workbook written sheet by sheet with a bold header row. Text is always a text cell, and text that a
 * spreadsheet would take for a formula (starting with = + - @, a tab or a carriage return) is also marked
 * quote-prefixed, so that editing the cell cannot turn it into one (formula injection). A day is a date cell, so that
 * it sorts and filters as a date. Not thread-safe.
 */
public final class Spreadsheet implements AutoCloseable {

    /** The media type of what {@link #writeTo} writes. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle header;
    private final CellStyle quoted;
    private final CellStyle date;
    private Sheet sheet;
    private int rowIndex;

    /** Starts an empty workbook. */
    public Spreadsheet() {
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    /**
     * @param name    the sheet's name, not null
     * @param headers the column headers, not null
     * @return this spreadsheet, writing to the new sheet
     */
    public Spreadsheet sheet(String name, List<String> headers) {
        sheet = workbook.createSheet(name);
        rowIndex = 0;
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.max(10, headers.get(i).length() * 2 + 4) * 256);
        }
        sheet.createFreezePane(0, 1);
        return this;
    }

    /**
     * Widens a column of the current sheet beyond what its header needs, for long text such as titles.
     *
     * @param column     the column, from 0
     * @param characters about how many Chinese characters it should show
     * @return this spreadsheet
     */
    public Spreadsheet widen(int column, int characters) {
        sheet.setColumnWidth(column, Math.max(sheet.getColumnWidth(column), Math.min(255, characters * 2 + 2) * 256));
        return this;
    }

    /**
     * @param values the row's values: numbers become number cells, days date cells, everything else text; null leaves a
     *               cell empty
     * @return this spreadsheet
     */
    public Spreadsheet row(Object... values) {
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Integer || value instanceof Long) {
                cell.setCellValue(((Number) value).doubleValue());
            } else if (value instanceof BigDecimal decimal) {
                cell.setCellValue(decimal.doubleValue());
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else {
                String text = value.toString();
                cell.setCellValue(text);
                if (looksLikeFormula(text)) {
                    cell.setCellStyle(quoted);
                }
            }
        }
        return this;
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /**
     * @param out where the workbook goes, not null; left open
     */
    public void writeTo(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the temporary files the streaming workbook kept. */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
