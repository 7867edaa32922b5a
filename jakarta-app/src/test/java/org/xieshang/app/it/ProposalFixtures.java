package org.xieshang.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

/** Proposals the tests start from, made through the API as the proposal office would, whatever demo proposals exist. */
final class ProposalFixtures {

    /** The demo committees' time zone, by which "this year" and "today" are counted. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ProposalFixtures() {
    }

    /**
     * A sector's proposal of this year, drafted by the office (as for a paper submission) and submitted for the filing review.
     *
     * @return its id
     */
    static String submitted(Api office, String title) {
        return submitted(office, office.cityCommitteeId(), title);
    }

    /** @return the id of a sector's proposal of this year in the given committee, submitted for the filing review */
    static String submitted(Api office, String committeeId, String title) {
        int year = LocalDate.now(ZONE).getYear();
        Api.Reply drafted = office.post("api/v1/committees/" + committeeId + "/proposals", "{\"year\":" + year
                + ",\"origin\":\"PLENARY_SESSION\",\"proposerKind\":\"SECTOR\",\"organisation\":\"教育界\",\"title\":\"" + title
                + "\",\"grounds\":\"城区学位供给紧张，部分学校大班额问题突出。\",\"suggestions\":\"加快新建学校建设，统筹调配教师编制。\","
                + "\"category\":\"EDUCATION_SCIENCE\"}");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String id = drafted.json().getString("id");
        Api.Reply submitted = office.post("api/v1/proposals/" + id + "/submit", "", drafted.header("ETag"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    /**
     * A proposal submitted, filed and assigned to one lead unit alone.
     *
     * @return its id
     */
    static String assigned(Api office, String title, String unitName, LocalDate deadline) {
        String id = submitted(office, title);
        fileAndAssign(office, id, unitName, deadline);
        return id;
    }

    /**
     * Files a submitted proposal and assigns it to one lead unit alone.
     *
     * @return the answer to the assignment, with the proposal's new ETag
     */
    static Api.Reply fileAndAssign(Api office, String id, String unitName, LocalDate deadline) {
        Api.Reply filed = office.post("api/v1/proposals/" + id + "/file", "{}", office.get("api/v1/proposals/" + id).header("ETag"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        Api.Reply assigned = office.post("api/v1/proposals/" + id + "/assignment", "{\"leadUnitId\":\"" + unitId(office, unitName)
                + "\",\"deadline\":\"" + deadline + "\"}", filed.header("ETag"));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        return assigned;
    }

    /** @return the id of the city committee's active handling unit of that name */
    static String unitId(Api office, String name) {
        return office.get("api/v1/committees/" + office.cityCommitteeId() + "/handling-units?active=true&size=100").json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).filter(u -> name.equals(u.getString("name"))).findFirst().orElseThrow().getString("id");
    }

    /**
     * A day off and a working day of next year as the city committee counts them: deadlines lie ahead whatever today is.
     * Only the current year's schedule ships, so next year's is loaded as the committee's own when none covers it yet.
     *
     * @param dayOff     a statutory holiday (or a weekend day) of next year
     * @param workingDay a working day of next year
     */
    record NextYear(LocalDate dayOff, LocalDate workingDay) {

        static NextYear of(Api office) {
            int year = LocalDate.now(ZONE).getYear() + 1;
            String path = "api/v1/committees/" + office.cityCommitteeId() + "/working-calendar/" + year;
            Api.Reply schedule = office.get(path);
            if (schedule.status() == 404) {
                schedule = office.put(path, "{\"source\":\"测试用节假日安排\",\"daysOff\":[\"" + year + "-01-01\",\"" + year + "-10-01.." + year
                        + "-10-07\"]}", "\"0\"");
            }
            assertThat(schedule.status()).as(schedule.body()).isEqualTo(200);
            Set<LocalDate> daysOff = days(schedule.json().getJsonArray("daysOff"));
            Set<LocalDate> worked = days(schedule.json().getJsonArray("workingDays"));
            LocalDate dayOff = daysOff.stream().filter(d -> !weekend(d)).sorted().findFirst()
                    .orElseGet(() -> LocalDate.of(year, 3, 1).datesUntil(LocalDate.of(year, 4, 1)).filter(d -> weekend(d) && !worked.contains(d))
                            .findFirst().orElseThrow());
            LocalDate workingDay = LocalDate.of(year, 3, 2).datesUntil(LocalDate.of(year, 4, 1))
                    .filter(d -> !weekend(d) && !daysOff.contains(d)).findFirst().orElseThrow();
            return new NextYear(dayOff, workingDay);
        }

        private static boolean weekend(LocalDate day) {
            return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        }

        private static Set<LocalDate> days(JsonArray days) {
            return days == null ? Set.of() : days.getValuesAs(JsonString.class).stream().map(d -> LocalDate.parse(d.getString()))
                    .collect(Collectors.toSet());
        }
    }
}
