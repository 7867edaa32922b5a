package org.xieshang.app.infrastructure.files;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileTypesTest {

    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(UTF_8);
    static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R');
    static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0);
    static final byte[] OLE = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0);
    static final byte[] EXE = bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0);

    @Test
    void a_pdf_is_a_pdf_whatever_the_case_of_its_extension() {
        assertThat(FileTypes.detect(PDF, "调研报告.pdf")).contains(FileType.PDF);
        assertThat(FileTypes.detect(PDF, "调研报告.PDF")).contains(FileType.PDF);
    }

    @Test
    void images_are_told_by_their_signature() {
        assertThat(FileTypes.detect(PNG, "现场.png")).contains(FileType.PNG);
        assertThat(FileTypes.detect(JPEG, "现场.jpg")).contains(FileType.JPEG);
        assertThat(FileTypes.detect(JPEG, "现场.jpeg")).contains(FileType.JPEG);
    }

    @Test
    void the_extension_must_agree_with_the_content() {
        assertThat(FileTypes.detect(PDF, "报告.docx")).isEmpty();
        assertThat(FileTypes.detect(PNG, "现场.jpg")).isEmpty();
        assertThat(FileTypes.detect(PDF, "报告.txt")).isEmpty();
        assertThat(FileTypes.detect(text("纪要"), "纪要.pdf")).isEmpty();
    }

    @Test
    void a_name_without_extension_is_enough_for_types_the_content_alone_tells() {
        assertThat(FileTypes.detect(PDF, "调研报告")).contains(FileType.PDF);
        assertThat(FileTypes.detect(PNG, FileNames.DEFAULT_NAME)).contains(FileType.PNG);
        assertThat(FileTypes.detect(text("纪要"), "第3.2节")).contains(FileType.TEXT);
    }

    @Test
    void office_documents_made_by_an_office_suite_are_recognised() throws IOException {
        assertThat(FileTypes.detect(office(new XWPFDocument()), "意见.docx")).contains(FileType.DOCX);
        assertThat(FileTypes.detect(office(new XSSFWorkbook()), "统计.xlsx")).contains(FileType.XLSX);
        assertThat(FileTypes.detect(office(new XMLSlideShow()), "汇报.pptx")).contains(FileType.PPTX);
    }

    @Test
    void an_office_document_must_bear_its_own_extension() throws IOException {
        byte[] docx = office(new XWPFDocument());

        assertThat(FileTypes.detect(docx, "意见.xlsx")).isEmpty();
        assertThat(FileTypes.detect(docx, "意见.zip")).isEmpty();
        assertThat(FileTypes.detect(docx, "意见")).isEmpty();
    }

    @Test
    void an_ofd_document_is_recognised_by_its_entry_file() {
        byte[] ofd = zip(UTF_8, "OFD.xml", "Doc_0/Document.xml", "Doc_0/Pages/Page_0/Content.xml");

        assertThat(FileTypes.detect(ofd, "决定.ofd")).contains(FileType.OFD);
        assertThat(FileTypes.detect(ofd, "决定.docx")).isEmpty();
    }

    @Test
    void other_zip_files_are_refused_even_when_renamed() {
        byte[] archive = zip(UTF_8, "报告.pdf", "附件/照片.jpg");
        byte[] program = zip(UTF_8, "META-INF/MANIFEST.MF", "evil/Main.class");

        assertThat(FileTypes.detect(archive, "材料.zip")).isEmpty();
        assertThat(FileTypes.detect(archive, "材料.docx")).isEmpty();
        assertThat(FileTypes.detect(program, "材料.xlsx")).isEmpty();
        assertThat(FileTypes.detect(program, "材料.ofd")).isEmpty();
    }

    @Test
    void a_macro_enabled_document_renamed_to_docx_is_refused() {
        byte[] plain = zip(UTF_8, "[Content_Types].xml", "word/document.xml");
        byte[] macros = zip(UTF_8, "[Content_Types].xml", "word/document.xml", "word/vbaProject.bin");

        assertThat(FileTypes.detect(plain, "意见.docx")).contains(FileType.DOCX);
        assertThat(FileTypes.detect(macros, "意见.docx")).isEmpty();
    }

    @Test
    void a_zip_whose_directory_cannot_be_read_is_refused() throws IOException {
        byte[] docx = office(new XWPFDocument());

        assertThat(FileTypes.detect(Arrays.copyOf(docx, docx.length / 2), "意见.docx")).isEmpty();
        assertThat(FileTypes.detect(bytes('P', 'K', 3, 4, 0, 0), "意见.docx")).isEmpty();
    }

    @Test
    void a_zip_with_an_archive_comment_is_still_read() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, UTF_8)) {
            zip.setComment("生成于 WPS".repeat(100));
            zip.putNextEntry(new ZipEntry("OFD.xml"));
            zip.write("<ofd:OFD/>".getBytes(UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }

        assertThat(FileTypes.detect(out.toByteArray(), "决定.ofd")).contains(FileType.OFD);
    }

    @Test
    void legacy_word_and_excel_files_are_told_apart_by_their_extension() throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("名单");
            workbook.write(xls);
        }

        assertThat(FileTypes.detect(xls.toByteArray(), "名单.xls")).contains(FileType.XLS);
        assertThat(FileTypes.detect(OLE, "纪要.doc")).contains(FileType.DOC);
        assertThat(FileTypes.detect(OLE, "纪要.ppt")).isEmpty();
        assertThat(FileTypes.detect(OLE, "纪要.msi")).isEmpty();
        assertThat(FileTypes.detect(OLE, "纪要")).isEmpty();
    }

    @Test
    void plain_text_must_be_utf_8_without_nul() {
        assertThat(FileTypes.detect(text("会议纪要\n一、出席人员"), "纪要.txt")).contains(FileType.TEXT);
        assertThat(FileTypes.detect("会议纪要".getBytes(Charset.forName("GBK")), "纪要.txt")).isEmpty();
        assertThat(FileTypes.detect(text("会议\u0000纪要"), "纪要.txt")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"setup.exe", "setup.pdf", "setup.txt", "setup"})
    void a_program_is_refused_whatever_its_name(String name) {
        assertThat(FileTypes.detect(EXE, name)).isEmpty();
    }

    @Test
    void an_empty_file_is_no_type() {
        assertThat(FileTypes.detect(new byte[0], "空.txt")).isEmpty();
    }

    @Test
    void each_type_names_the_media_type_to_serve_it_with() {
        assertThat(FileType.DOCX.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(FileType.OFD.mediaType()).isEqualTo("application/ofd");
        assertThat(FileType.TEXT.mediaType()).isEqualTo("text/plain; charset=UTF-8");
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static byte[] text(String text) {
        return text.getBytes(UTF_8);
    }

    static byte[] office(POIXMLDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (document) {
            document.write(out);
        }
        return out.toByteArray();
    }

    static byte[] zip(Charset charset, String... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, charset)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(entry.getBytes(UTF_8));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }
}
