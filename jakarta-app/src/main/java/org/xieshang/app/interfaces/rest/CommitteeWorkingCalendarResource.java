package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.COMMITTEE;
import static org.xieshang.domain.security.Permission.COMMITTEE_READ;
import static org.xieshang.domain.security.Permission.PROPOSAL_MANAGE;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.CalendarService;
import org.xieshang.domain.calendar.DayLists;
import org.xieshang.domain.calendar.HolidaySchedule;
import org.xieshang.domain.calendar.YearSchedule;
import org.xieshang.domain.committee.CommitteeId;

/**
 * The holiday schedules a committee counts working days by (deadlines of the proposals it handles): each year the
 * official one shipped with the application, or the committee's own, loaded for the next year once the State Council
 * publishes it or for a local holiday. An official year reads at version 0, so {@code If-Match: "0"} stores the
 * committee's own in its place; deleting its own reverts the year to the official schedule.
 */
@Path("committees/{committeeId}/working-calendar")
@RequestScoped
@Tag(name = "Working-day calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeWorkingCalendarResource {

    @Inject
    CalendarService calendars;

    @Requires(value = COMMITTEE_READ, on = COMMITTEE, param = "committeeId")
    @GET
    public CalendarView years(@PathParam("committeeId") String committeeId) {
        return new CalendarView(calendars.years(committee(committeeId)).stream().map(CommitteeWorkingCalendarResource::view).toList());
    }

    @Requires(value = COMMITTEE_READ, on = COMMITTEE, param = "committeeId")
    @GET
    @Path("{year}")
    public Response year(@PathParam("committeeId") String committeeId, @PathParam("year") int year) {
        return ok(calendars.year(committee(committeeId), year));
    }

    /** Stores the committee's own schedule of the year; If-Match names the version read ("0" in place of the official one). */
    @Requires(value = PROPOSAL_MANAGE, on = COMMITTEE, param = "committeeId")
    @PUT
    @Path("{year}")
    public Response save(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @HeaderParam("If-Match") String ifMatch,
                         @Valid ScheduleRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        ScheduleRequest body = Http.body(request);
        HolidaySchedule schedule = new HolidaySchedule(year, body.source, days(body.daysOff, "daysOff"), days(body.workingDays, "workingDays"));
        return ok(calendars.save(committee(committeeId), expected, schedule));
    }

    /** Deletes the committee's own schedule of the year, which then follows the official one (if the application ships it). */
    @Requires(value = PROPOSAL_MANAGE, on = COMMITTEE, param = "committeeId")
    @DELETE
    @Path("{year}")
    public Response revert(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @HeaderParam("If-Match") String ifMatch) {
        long expected = Http.expectedVersion(ifMatch);
        calendars.revertToOfficial(committee(committeeId), year, expected);
        return Response.noContent().build();
    }

    private static CommitteeId committee(String id) {
        return Http.pathId(id, CommitteeId::parse, "committee");
    }

    /** Each item a day or a range of days, as the shipped schedules write them; null for none. */
    private static Set<LocalDate> days(List<String> items, String field) {
        return items == null ? Set.of() : DayLists.parse(String.join(",", items), field);
    }

    private static Response ok(YearSchedule year) {
        return Http.ok(view(year), year.version());
    }

    private static YearView view(YearSchedule year) {
        HolidaySchedule schedule = year.schedule();
        return new YearView(year.year(), year.origin().name(), schedule.source(), schedule.daysOff().stream().sorted().toList(),
                schedule.workingDays().stream().sorted().toList(), year.version());
    }

    public record CalendarView(List<YearView> years) {
    }

    /** One year: {@code origin} OFFICIAL or OWN; the days each listed one by one. */
    public record YearView(int year, String origin, String source, List<LocalDate> daysOff, List<LocalDate> workingDays, long version) {
    }

    public static class ScheduleRequest {
        /** Where the schedule comes from, such as the notice that sets it. */
        @NotBlank
        @Size(max = 200)
        public String source;
        /** Days off: ISO days or ranges such as 2027-02-05..2027-02-11. */
        @NotNull
        @Size(max = 366)
        public List<String> daysOff;
        /** Weekend days worked instead (调休上班), as days or ranges; none if left out. */
        @Size(max = 106)
        public List<String> workingDays;
    }
}
