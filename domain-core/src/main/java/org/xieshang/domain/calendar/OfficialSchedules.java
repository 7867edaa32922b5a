package org.xieshang.domain.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The State Council's holiday schedules shipped as data ({@code holidays-YEAR.properties} beside this class): a year's
 * source, its days off as days and ranges, and its adjusted working days. A committee loads a new year's schedule the
 * same way once it is published, usually in November.
 */
public final class OfficialSchedules {

    private OfficialSchedules() {
    }

    /** @return the years shipped with this library */
    public static List<Integer> shippedYears() {
        return List.of(2026);
    }

    /**
     * @param year a year of {@link #shippedYears()}
     * @return its official schedule, never null
     * @throws IllegalArgumentException for a year not shipped
     */
    public static HolidaySchedule of(int year) {
        try (InputStream in = OfficialSchedules.class.getResourceAsStream("holidays-" + year + ".properties")) {
            if (in == null) {
                throw new IllegalArgumentException("no official schedule shipped for " + year);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param properties {@code year}, {@code source}, {@code daysOff} and {@code workingDays} (comma-separated ISO days,
     *                   ranges as {@code 2026-02-15..2026-02-23}), not null
     * @return the schedule they describe, never null
     */
    public static HolidaySchedule parse(Properties properties) {
        return new HolidaySchedule(Integer.parseInt(properties.getProperty("year").strip()), properties.getProperty("source"),
                days(properties.getProperty("daysOff", "")), days(properties.getProperty("workingDays", "")));
    }

    private static Set<LocalDate> days(String text) {
        Set<LocalDate> days = new HashSet<>();
        for (String part : text.split(",")) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            int range = item.indexOf("..");
            if (range < 0) {
                days.add(LocalDate.parse(item));
            } else {
                LocalDate last = LocalDate.parse(item.substring(range + 2).strip());
                for (LocalDate day = LocalDate.parse(item.substring(0, range).strip()); !day.isAfter(last); day = day.plusDays(1)) {
                    days.add(day);
                }
            }
        }
        return days;
    }
}
