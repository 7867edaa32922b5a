package org.xieshang.app.infrastructure.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ../../etc/passwd                     | passwd
            C:\\x\\y.pdf                         | y.pdf
            ..\\..\\windows\\system32\\cmd.exe   | cmd.exe
            /var/www/../upload/会议纪要.docx      | 会议纪要.docx
            调研报告（终稿）.pdf                   | 调研报告（终稿）.pdf
            关于“三前”协商的通知：第2号.ofd        | 关于“三前”协商的通知：第2号.ofd
            '  ..hidden.pdf. . '                 | hidden.pdf
            CON.txt                              | _CON.txt
            lpt1.tar.gz                          | _lpt1.tar.gz
            console.txt                          | console.txt
            """)
    void a_name_keeps_only_what_is_safe(String name, String sanitised) {
        assertThat(FileNames.sanitise(name)).isEqualTo(sanitised);
    }

    @Test
    void path_traversal_leaves_only_the_last_segment() {
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("C:\\x\\y.pdf")).isEqualTo("y.pdf");
        assertThat(FileNames.sanitise("C:y.pdf")).isEqualTo("Cy.pdf");
    }

    @Test
    void control_characters_are_dropped_and_white_space_collapses_into_one_space() {
        assertThat(FileNames.sanitise("re\u0000port\u0007\u007F.pdf")).isEqualTo("report.pdf");
        assertThat(FileNames.sanitise("会议\t\t纪要 \u0001  第一次\r\n.docx")).isEqualTo("会议 纪要 第一次 .docx");
        assertThat(FileNames.sanitise("全角\u3000空格\u00A0名.pdf")).isEqualTo("全角 空格 名.pdf");
    }

    @Test
    void characters_reserved_on_windows_are_dropped() {
        assertThat(FileNames.sanitise("a<b>c:d\"e|f?g*h.pdf")).isEqualTo("abcdefgh.pdf");
    }

    @Test
    void an_invisible_right_to_left_override_cannot_disguise_the_extension() {
        // Shown as "exe.pdf" with the override, the name really ends in .exe.
        assertThat(FileNames.sanitise("\u202Efdp.exe")).isEqualTo("fdp.exe");
    }

    @Test
    void accents_typed_as_two_characters_are_composed() {
        assertThat(FileNames.sanitise("re\u0301sume\u0301.pdf")).isEqualTo("résumé.pdf");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"...", "/", "C:\\x\\", " . ", "\u0001\u0002", "???", "<>"})
    void a_name_of_nothing_usable_becomes_the_default_name(String name) {
        assertThat(FileNames.sanitise(name)).isEqualTo(FileNames.DEFAULT_NAME);
    }

    @Test
    void an_overlong_name_is_cut_to_100_characters_keeping_its_extension() {
        String sanitised = FileNames.sanitise("报".repeat(300) + ".pdf");

        assertThat(sanitised).hasSize(FileNames.MAX_LENGTH).startsWith("报报报").endsWith(".pdf");
    }

    @Test
    void an_overlong_name_without_extension_is_cut_to_100_characters() {
        assertThat(FileNames.sanitise("a".repeat(150))).isEqualTo("a".repeat(100));
    }

    @Test
    void cutting_never_splits_a_character_outside_the_basic_plane() {
        String sanitised = FileNames.sanitise("a".repeat(95) + "😀" + "bbbb.pdf");

        assertThat(sanitised).isEqualTo("a".repeat(95) + ".pdf");
    }

    @Test
    void cutting_leaves_no_trailing_space_or_dot_before_the_extension() {
        String sanitised = FileNames.sanitise("a".repeat(95) + " . " + "b".repeat(10) + ".docx");

        assertThat(sanitised).isEqualTo("a".repeat(95) + ".docx");
    }

    @ParameterizedTest(name = "{0} → ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            a.PDF       | pdf
            a.tar.gz    | gz
            photo.jpeg  | jpeg
            archive.7z  | 7z
            第3.2节     | ''
            2024.03.15  | ''
            .bashrc     | ''
            noextension | ''
            报告.终稿   | ''
            """)
    void the_extension_is_letters_and_digits_after_the_last_dot(String name, String extension) {
        assertThat(FileNames.extensionOf(name)).isEqualTo(extension);
    }

    @Test
    void a_name_without_the_type_s_extension_gets_it() {
        assertThat(FileNames.withExtension(FileNames.DEFAULT_NAME, FileType.PDF)).isEqualTo("附件.pdf");
        assertThat(FileNames.withExtension("第3.2节", FileType.PNG)).isEqualTo("第3.2节.png");
        assertThat(FileNames.withExtension("photo.jpeg", FileType.JPEG)).isEqualTo("photo.jpeg");
        assertThat(FileNames.withExtension("报".repeat(100), FileType.PDF)).hasSize(100).endsWith("报.pdf");
    }
}
