package org.xieshang.app.interfaces.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The consultation meetings of a plan as an iCalendar (RFC 5545) text that members import into their calendars.
 * Written by hand: the format needs little, and a calendar library would become a dependency for a few lines.
 * Stateless and thread-safe.
 *
 * <p>Time zones: where the zone keeps one offset from the earliest meeting on (Asia/Shanghai and most zones
 * without daylight saving time), the calendar carries a VTIMEZONE with that single offset and the meetings carry
 * their local times with {@code TZID}, so clients show them exactly as planned. For a zone that still changes its
 * offset, writing its rules as a VTIMEZONE would repeat the tz database by hand; the meetings are then written in
 * UTC ({@code Z}), which every client places correctly, and {@code X-WR-TIMEZONE} still names the zone. A local
 * time that falls in a gap is moved forward by the gap's length, one in an overlap takes the earlier offset.
 */
public final class MeetingCalendar {

    /** The media type of the text {@link #write} returns. */
    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    static final String PRODUCT = "-//Xieshang//Consultation plan//ZH";
    static final String UID_DOMAIN = "@xieshang";
    /** RFC 5545 §3.1: content lines longer than 75 octets, not characters, are folded. */
    static final int MAX_LINE_OCTETS = 75;

    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ZONE_ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private MeetingCalendar() {
    }

    /**
     * One meeting as a calendar event. Times are kept to the whole second, as iCalendar has no fractions.
     *
     * @param uid         the meeting's stable id, not blank; the same meeting must keep it so that a new import
     *                    updates the event instead of adding a second one
     * @param summary     the title, not blank
     * @param description the details, not blank
     * @param location    where, not null; if present not blank
     * @param startsAt    the local start in the calendar's zone, not null
     * @param endsAt      the local end in the calendar's zone, not null, after {@code startsAt}
     */
    public record Meeting(String uid, String summary, String description, Optional<String> location,
            LocalDateTime startsAt, LocalDateTime endsAt) {

        /**
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if a text is blank or the meeting does not end after it starts
         */
        public Meeting {
            requireText(uid, "uid");
            requireText(summary, "summary");
            requireText(description, "description");
            Objects.requireNonNull(location, "location");
            location.ifPresent(place -> requireText(place, "location"));
            startsAt = Objects.requireNonNull(startsAt, "startsAt").truncatedTo(ChronoUnit.SECONDS);
            endsAt = Objects.requireNonNull(endsAt, "endsAt").truncatedTo(ChronoUnit.SECONDS);
            if (!endsAt.isAfter(startsAt)) {
                throw new IllegalArgumentException("meeting " + uid + " ends at " + endsAt
                        + ", not after its start " + startsAt);
            }
        }
    }

    /**
     * @param calendarName the calendar's name as clients show it, not blank
     * @param meetings     the meetings in any order, not null, no null element, no two with the same uid
     * @param zone         the zone of the meetings' local times, not null
     * @param stamp        when the calendar was made (DTSTAMP), not null
     * @return the whole VCALENDAR text with CRLF line ends and lines folded at 75 octets, meetings by start time;
     *         never null
     * @throws NullPointerException     if an argument or a meeting is null
     * @throws IllegalArgumentException if the name is blank or two meetings share a uid
     */
    public static String write(String calendarName, List<Meeting> meetings, ZoneId zone, Instant stamp) {
        requireText(calendarName, "calendarName");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(stamp, "stamp");
        List<Meeting> sorted = new ArrayList<>(Objects.requireNonNull(meetings, "meetings"));
        Set<String> uids = new HashSet<>();
        for (Meeting meeting : sorted) {
            if (!uids.add(Objects.requireNonNull(meeting, "meeting").uid())) {
                // Clients key events by UID: the second meeting would silently replace the first.
                throw new IllegalArgumentException("two meetings share the uid " + meeting.uid());
            }
        }
        // uid last, so that the same plan always gives the same text.
        sorted.sort(Comparator.comparing(Meeting::startsAt).thenComparing(Meeting::endsAt)
                .thenComparing(Meeting::uid));

        Instant from = sorted.isEmpty() ? stamp : sorted.get(0).startsAt().atZone(zone).toInstant();
        Optional<ZoneOffset> fixed = fixedOffsetFrom(zone, from);

        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:" + PRODUCT);
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("X-WR-CALNAME:" + escape(calendarName));
        lines.add("X-WR-TIMEZONE:" + escape(zone.getId()));
        fixed.ifPresent(offset -> addTimeZone(lines, zone, offset, from));
        String dtstamp = UTC.format(stamp);
        for (Meeting meeting : sorted) {
            lines.add("BEGIN:VEVENT");
            lines.add("UID:" + escape(meeting.uid() + UID_DOMAIN));
            lines.add("DTSTAMP:" + dtstamp);
            lines.add(time("DTSTART", meeting.startsAt(), zone, fixed.isPresent()));
            lines.add(time("DTEND", meeting.endsAt(), zone, fixed.isPresent()));
            lines.add("SUMMARY:" + escape(meeting.summary()));
            lines.add("DESCRIPTION:" + escape(meeting.description()));
            meeting.location().ifPresent(place -> lines.add("LOCATION:" + escape(place)));
            lines.add("END:VEVENT");
        }
        lines.add("END:VCALENDAR");

        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(fold(line)).append(CRLF);
        }
        return text.toString();
    }

    /** The zone's offset if it no longer changes from {@code from} on. */
    private static Optional<ZoneOffset> fixedOffsetFrom(ZoneId zone, Instant from) {
        ZoneRules rules = zone.getRules();
        if (rules.isFixedOffset() || rules.getTransitionRules().isEmpty() && rules.nextTransition(from) == null) {
            return Optional.of(rules.getOffset(from));
        }
        return Optional.empty();
    }

    /**
     * A single STANDARD observance from 1970: it misstates the zone's history before its last change (Shanghai's
     * summer time of 1986–1991), but every meeting lies after that, and clients need no more to place them.
     */
    private static void addTimeZone(List<String> lines, ZoneId zone, ZoneOffset offset, Instant from) {
        String utcOffset = utcOffset(offset);
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + escape(zone.getId()));
        lines.add("BEGIN:STANDARD");
        lines.add("DTSTART:19700101T000000");
        lines.add("TZOFFSETFROM:" + utcOffset);
        lines.add("TZOFFSETTO:" + utcOffset);
        lines.add("TZNAME:" + escape(ZONE_ABBREVIATION.format(from.atZone(zone))));
        lines.add("END:STANDARD");
        lines.add("END:VTIMEZONE");
    }

    /** RFC 5545 §3.3.14: ±hhmm, seconds only when there are any. */
    static String utcOffset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String text = String.format(Locale.ROOT, "%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? text : text + String.format(Locale.ROOT, "%02d", abs % 60);
    }

    private static String time(String name, LocalDateTime local, ZoneId zone, boolean withZoneId) {
        if (!withZoneId) {
            return name + ":" + UTC.format(local.atZone(zone).toInstant());
        }
        return name + ";TZID=" + parameter(zone.getId()) + ":" + LOCAL.format(local);
    }

    /** A parameter value is quoted when it holds a character that would end it (an offset id such as +08:00). */
    private static String parameter(String value) {
        return value.chars().anyMatch(c -> c == ':' || c == ';' || c == ',') ? '"' + value + '"' : value;
    }

    /**
     * RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma escaped, every line break (CRLF, CR or LF) as
     * {@code \n}. Other control characters and lone surrogates are dropped: the grammar allows neither, and a
     * lone surrogate has no UTF-8 form. A tab stays, as the grammar allows it.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\t' -> out.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (!Character.isISOControl(c) && !Character.isSurrogate(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * RFC 5545 §3.1: at most 75 octets of UTF-8 a line, continued after CRLF and one space (which counts). A break
     * never falls inside a character or a surrogate pair, nor inside an escape such as {@code \n}: the RFC would
     * allow the last, but some clients then show a stray backslash.
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length() + 16);
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int end = i + Character.charCount(line.codePointAt(i));
            if (line.charAt(i) == '\\' && end < line.length()) {
                end += Character.charCount(line.codePointAt(end));
            }
            int size = utf8Length(line, i, end);
            if (octets + size > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.append(line, i, end);
            octets += size;
            i = end;
        }
        return out.toString();
    }

    private static int utf8Length(String text, int start, int end) {
        int octets = 0;
        for (int i = start; i < end; ) {
            int codePoint = text.codePointAt(i);
            octets += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            i += Character.charCount(codePoint);
        }
        return octets;
    }

    private static void requireText(String text, String name) {
        if (Objects.requireNonNull(text, name).isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
    }
}
