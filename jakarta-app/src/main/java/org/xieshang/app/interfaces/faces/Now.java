package org.xieshang.app.interfaces.faces;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Today and now by the application's clock, for view-scoped screens (which keep no reference to the clock between requests). */
final class Now {

    private Now() {
    }

    static LocalDate today() {
        return LocalDate.now(clock());
    }

    static LocalDateTime localTime() {
        return LocalDateTime.now(clock());
    }

    /**
     * @param withNext whether next year is offered too (for planning)
     * @return this year and the four before it, latest first, for year choosers
     */
    static List<Integer> recentYears(boolean withNext) {
        int now = today().getYear();
        List<Integer> years = new ArrayList<>();
        for (int year = withNext ? now + 1 : now; year >= now - 4; year--) {
            years.add(year);
        }
        return years;
    }

    private static Clock clock() {
        return CDI.current().select(Clock.class).get();
    }
}
