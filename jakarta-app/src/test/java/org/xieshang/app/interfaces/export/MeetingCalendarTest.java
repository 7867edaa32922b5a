package org.xieshang.app.interfaces.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xieshang.app.interfaces.export.MeetingCalendar.Meeting;

class MeetingCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant STAMP = Instant.parse("2026-01-05T01:02:03Z");
    private static final LocalDateTime NINE = LocalDateTime.of(2026, 3, 10, 9, 0);

    private static Meeting meeting(String uid, String summary, LocalDateTime startsAt) {
        return new Meeting(uid, summary, "围绕年度协商计划议题开展协商", Optional.of("市政协三楼会议室"), startsAt,
                startsAt.plusHours(2));
    }

    private static String write(List<Meeting> meetings) {
        return MeetingCalendar.write("2026年度协商计划", meetings, SHANGHAI, STAMP);
    }

    /** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab goes. */
    private static List<String> unfolded(String text) {
        return Arrays.asList(text.replaceAll("\r\n[ \t]", "").split("\r\n"));
    }

    /** The named property of the first event (the VTIMEZONE has a DTSTART too). */
    private static String property(String text, String name) {
        return unfolded(text).stream().dropWhile(line -> !line.equals("BEGIN:VEVENT"))
                .filter(line -> line.startsWith(name + ":") || line.startsWith(name + ";"))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in\n" + text));
    }

    @Test
    void a_calendar_has_balanced_components_and_only_crlf_line_ends() {
        String text = write(List.of(meeting("m1", "专题协商会", NINE), meeting("m2", "对口协商会", NINE.plusDays(1))));

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        Deque<String> open = new ArrayDeque<>();
        for (String line : unfolded(text)) {
            if (line.startsWith("BEGIN:")) {
                open.push(line.substring(6));
            } else if (line.startsWith("END:")) {
                assertThat(open).as("END without BEGIN: " + line).isNotEmpty();
                assertThat(line.substring(4)).isEqualTo(open.pop());
            }
        }
        assertThat(open).isEmpty();
        assertThat(unfolded(text)).contains("VERSION:2.0", "PRODID:-//Xieshang//Consultation plan//ZH",
                "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:2026年度协商计划",
                "X-WR-TIMEZONE:Asia/Shanghai", "BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "TZOFFSETFROM:+0800",
                "TZOFFSETTO:+0800", "TZNAME:CST", "DTSTART:19700101T000000", "UID:m1@xieshang",
                "DTSTAMP:20260105T010203Z", "SUMMARY:专题协商会", "LOCATION:市政协三楼会议室");
        assertThat(unfolded(text).stream().filter("BEGIN:VEVENT"::equals)).hasSize(2);
        assertThat(MeetingCalendar.MEDIA_TYPE).isEqualTo("text/calendar; charset=UTF-8");
    }

    @Test
    void meeting_times_are_local_times_of_the_zone() {
        String text = write(List.of(meeting("m1", "专题协商会", NINE)));

        assertThat(property(text, "DTSTART")).isEqualTo("DTSTART;TZID=Asia/Shanghai:20260310T090000");
        assertThat(property(text, "DTEND")).isEqualTo("DTEND;TZID=Asia/Shanghai:20260310T110000");
    }

    @Test
    void in_a_zone_with_daylight_saving_time_meetings_are_written_in_utc() {
        String text = MeetingCalendar.write("Plan", List.of(meeting("m1", "Hearing", LocalDateTime.of(2026, 7, 1,
                9, 0))), ZoneId.of("Europe/Berlin"), STAMP);

        assertThat(text).doesNotContain("VTIMEZONE").doesNotContain("TZID=");
        assertThat(property(text, "DTSTART")).isEqualTo("DTSTART:20260701T070000Z");
        assertThat(unfolded(text)).contains("X-WR-TIMEZONE:Europe/Berlin");
    }

    @Test
    void a_location_is_written_only_when_known() {
        Meeting nowhere = new Meeting("m1", "线上协商", "视频会议", Optional.empty(), NINE, NINE.plusHours(1));

        assertThat(write(List.of(nowhere))).doesNotContain("LOCATION");
    }

    @Test
    void text_is_escaped_and_control_characters_dropped() {
        Meeting odd = new Meeting("a;b", "议题一，议题二, 议题三; 附\\件", "第一行\r\n第二行\n第三行\r第四行\u0007\u0000结束",
                Optional.of("会议室, 三楼"), NINE, NINE.plusHours(1));

        String text = write(List.of(odd));

        assertThat(property(text, "SUMMARY")).isEqualTo("SUMMARY:议题一，议题二\\, 议题三\\; 附\\\\件");
        assertThat(property(text, "DESCRIPTION")).isEqualTo("DESCRIPTION:第一行\\n第二行\\n第三行\\n第四行结束");
        assertThat(property(text, "LOCATION")).isEqualTo("LOCATION:会议室\\, 三楼");
        assertThat(property(text, "UID")).isEqualTo("UID:a\\;b@xieshang");
    }

    @Test
    void a_long_chinese_summary_is_folded_at_75_octets_and_unfolds_to_the_same_text() {
        String summary = "关于推进城乡基层治理现代化、加强社区协商议事平台建设和完善委员履职服务保障机制的专题协商会议".repeat(3)
                + "😀𠀀" + "协商".repeat(40);
        String text = write(List.of(meeting("m1", summary, NINE)));

        String[] physical = text.split("\r\n", -1);
        assertThat(physical.length).isGreaterThan(unfolded(text).size());
        for (String line : physical) {
            assertThat(line.getBytes(UTF_8).length).as(line).isLessThanOrEqualTo(75);
            // a split surrogate pair would come out of the encoder as '?'
            assertThat(new String(line.getBytes(UTF_8), UTF_8)).isEqualTo(line);
        }
        assertThat(property(text, "SUMMARY")).isEqualTo("SUMMARY:" + summary);
    }

    @Test
    void folding_fills_lines_to_the_limit_and_never_splits_a_character() {
        String folded = MeetingCalendar.fold("SUMMARY:" + "议".repeat(30));
        String[] lines = folded.split("\r\n");

        // "SUMMARY:" is 8 octets, then 22 characters of 3 octets fill 74; the rest follows the space.
        assertThat(lines[0].getBytes(UTF_8)).hasSize(74);
        assertThat(lines[1]).isEqualTo(" " + "议".repeat(8));
    }

    @Test
    void folding_never_splits_a_surrogate_pair() {
        // 71 octets, then a 4-octet emoji (two chars in Java) that just fits; a second one must move down whole.
        String line = "SUMMARY:" + "x".repeat(63) + "😀😀";
        String[] lines = MeetingCalendar.fold(line).split("\r\n");

        assertThat(lines).containsExactly("SUMMARY:" + "x".repeat(63) + "😀", " 😀");
    }

    @Test
    void folding_keeps_an_escape_together() {
        String line = "DESCRIPTION:" + "x".repeat(62) + "\\n" + "y";
        String[] lines = MeetingCalendar.fold(line).split("\r\n");

        assertThat(lines[0]).endsWith("x").hasSize(74);
        assertThat(lines[1]).isEqualTo(" \\ny");
        assertThat(MeetingCalendar.fold("SHORT:" + "z".repeat(69))).doesNotContain("\r\n");
    }

    @Test
    void meetings_are_ordered_by_start_time() {
        String text = write(List.of(meeting("late", "三季度协商", NINE.plusMonths(6)),
                meeting("early", "一季度协商", NINE), meeting("middle", "二季度协商", NINE.plusMonths(3))));

        assertThat(unfolded(text).stream().filter(line -> line.startsWith("UID:")))
                .containsExactly("UID:early@xieshang", "UID:middle@xieshang", "UID:late@xieshang");
    }

    @Test
    void two_meetings_with_the_same_uid_are_refused() {
        assertThatThrownBy(() -> write(List.of(meeting("m1", "甲", NINE), meeting("m1", "乙", NINE.plusDays(1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("m1");
    }

    static Stream<Arguments> invalidMeetings() {
        Optional<String> room = Optional.of("会议室");
        return Stream.of(
                Arguments.of("blank uid", (Runnable) () -> new Meeting(" ", "议题", "说明", room, NINE, NINE.plusHours(1))),
                Arguments.of("blank summary", (Runnable) () -> new Meeting("m", "", "说明", room, NINE,
                        NINE.plusHours(1))),
                Arguments.of("blank description", (Runnable) () -> new Meeting("m", "议题", "\n", room, NINE,
                        NINE.plusHours(1))),
                Arguments.of("blank location", (Runnable) () -> new Meeting("m", "议题", "说明", Optional.of(" "), NINE,
                        NINE.plusHours(1))),
                Arguments.of("ends at start", (Runnable) () -> new Meeting("m", "议题", "说明", room, NINE, NINE)),
                Arguments.of("ends before start", (Runnable) () -> new Meeting("m", "议题", "说明", room, NINE,
                        NINE.minusMinutes(1))),
                Arguments.of("ends within the same second", (Runnable) () -> new Meeting("m", "议题", "说明", room, NINE,
                        NINE.plusNanos(500))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMeetings")
    void an_invalid_meeting_is_refused(String why, Runnable create) {
        assertThatThrownBy(create::run).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missing_values_are_refused() {
        assertThatThrownBy(() -> new Meeting(null, "议题", "说明", Optional.empty(), NINE, NINE.plusHours(1)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Meeting("m", "议题", "说明", null, NINE, NINE.plusHours(1)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Meeting("m", "议题", "说明", Optional.empty(), NINE, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> MeetingCalendar.write(" ", List.of(), SHANGHAI, STAMP))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
