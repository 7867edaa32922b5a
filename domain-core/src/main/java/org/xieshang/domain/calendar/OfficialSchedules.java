package org.xieshang.domain.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * The State Council's holiday schedules shipped as data ({@code holidays-YEAR.properties} beside this class): a year's
 * source, its days off as days and ranges, and its adjusted working days. A committee loads a new year's schedule the
 * same way once it is published, usually in November ({@link HolidaySchedule#parse(String)}, kept through
 * {@link CommitteeCalendars}).
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
     * @throws org.xieshang.domain.shared.DomainException as {@link HolidaySchedule#parse(Properties)}
     */
    public static HolidaySchedule parse(Properties properties) {
        return HolidaySchedule.parse(properties);
    }
}
