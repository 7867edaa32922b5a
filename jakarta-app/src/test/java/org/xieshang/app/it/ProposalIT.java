package org.xieshang.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proposals over REST on the running application, each party with its own demo account: a member's proposal from
 * draft through filing, assignment to the demo unit, handling, an unsatisfied rating and a second round to a satisfied
 * closure, then in the register and statistics workbooks; the refusals on the way write nothing; and the change feed
 * read from since=0 gives the register as it is.
 */
@ExtendWith(ArquillianExtension.class)
class ProposalIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application(Map.of());
    }

    @Test
    void a_members_proposal_goes_from_draft_to_a_satisfied_closure_through_a_second_round() {
        Api member = new Api(base).as("member.demo");
        Api office = new Api(base).as("proposal.demo");
        Api unit = new Api(base).as("unit.demo");
        String city = office.cityCommitteeId();
        String me = office.get("api/v1/committees/" + city + "/members?size=1&sort=code").json().getJsonArray("items").getJsonObject(0).getString("id");
        String ownUnit = unitOf(new Api(base).as("secadmin.demo"), city);
        int year = today().getYear();
        coverYear(office, city, year);

        Api.Reply drafted = member.post("api/v1/members/" + me + "/proposals", draft(year, "关于完善社区嵌入式托育服务的建议"));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String proposal = "api/v1/proposals/" + drafted.json().getString("id");
        assertThat(drafted.json().getString("leadMemberId")).isEqualTo(me);
        assertThat(office.get(proposal).status()).as("a draft is its proposer's own").isEqualTo(404);

        Api.Reply submitted = member.post(proposal + "/submit", "", drafted.header("ETag"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        Api.Reply early = unit.post(proposal + "/answer", "{\"result\":\"SOLVED\",\"text\":\"已办\"}", submitted.header("ETag"));
        assertThat(early.status()).as("not assigned to the unit yet").isEqualTo(403);

        Api.Reply filed = office.post(proposal + "/file", "{}", submitted.header("ETag"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        assertThat(filed.json().getInt("number")).isPositive();
        Api.Reply holiday = office.post(proposal + "/assignment", "{\"leadUnitId\":\"" + ownUnit + "\",\"deadline\":\"" + year + "-10-01\"}",
                filed.header("ETag"));
        assertThat(holiday.status()).isEqualTo(422);
        assertThat(holiday.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(holiday.json().getString("code")).isEqualTo("calendar.not-working-day");
        assertThat(office.get(proposal).header("ETag")).as("nothing written").isEqualTo(filed.header("ETag"));
        Api.Reply assigned = office.post(proposal + "/assignment", "{\"leadUnitId\":\"" + ownUnit + "\",\"deadline\":\"" + year + "-12-30\"}",
                filed.header("ETag"));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().getString("status")).isEqualTo("ASSIGNED");

        Api.Reply unacknowledged = unit.post(proposal + "/answer", "{\"result\":\"SOLVED\",\"text\":\"已办\"}", assigned.header("ETag"));
        assertThat(unacknowledged.status()).isEqualTo(422);
        assertThat(unacknowledged.json().getString("code")).isEqualTo("proposal.action.not-allowed");
        Api.Reply acknowledged = unit.post(proposal + "/acknowledgement", "", assigned.header("ETag"));
        assertThat(acknowledged.json().getString("status")).isEqualTo("HANDLING");
        Api.Reply logged = unit.post(proposal + "/communications", "{\"phase\":\"BEFORE\",\"method\":\"MEETING\",\"on\":\"" + today()
                + "\",\"summary\":\"与提案人面商办理方案\"}", acknowledged.header("ETag"));
        assertThat(logged.status()).as(logged.body()).isEqualTo(200);
        Api.Reply answered = unit.post(proposal + "/answer", "{\"result\":\"PLANNED\",\"text\":\"已列入明年民生实事计划。\"}", logged.header("ETag"));
        assertThat(answered.json().getString("status")).isEqualTo("ANSWERED");

        assertThat(new Api(base).as("leader.demo").post(proposal + "/rating", "{\"satisfaction\":\"SATISFIED\"}", answered.header("ETag")).status())
                .as("a leader rates nothing").isEqualTo(403);
        Api.Reply byOffice = office.post(proposal + "/rating", "{\"satisfaction\":\"SATISFIED\"}", answered.header("ETag"));
        assertThat(byOffice.json().getString("code", byOffice.body())).as("only the proposer rates a member's proposal").isEqualTo("proposal.rating.not-proposer");
        Api.Reply noReason = member.post(proposal + "/rating", "{\"satisfaction\":\"UNSATISFIED\"}", answered.header("ETag"));
        assertThat(noReason.json().getString("code")).isEqualTo("proposal.rating.reason-required");
        assertThat(noReason.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("comment");
        Api.Reply unsatisfied = member.post(proposal + "/rating", "{\"satisfaction\":\"UNSATISFIED\",\"contacted\":true,\"comment\":\"进度太慢\"}",
                answered.header("ETag"));
        assertThat(unsatisfied.json().getString("status")).isEqualTo("RATED");

        Api.Reply again = office.post(proposal + "/rehandling", "{\"reason\":\"请明确时间表\",\"deadline\":\"" + year + "-12-31\"}", unsatisfied.header("ETag"));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().getJsonObject("handling").getInt("round")).isEqualTo(2);
        Api.Reply second = unit.post(proposal + "/answer", "{\"result\":\"BEING_SOLVED\",\"text\":\"已明确明年三月开工。\"}", again.header("ETag"));
        assertThat(unit.post(proposal + "/answer", "{\"result\":\"SOLVED\",\"text\":\"x\"}", again.header("ETag")).status()).as("stale").isEqualTo(412);
        Api.Reply satisfied = member.post(proposal + "/rating", "{\"satisfaction\":\"SATISFIED\",\"contacted\":true}", second.header("ETag"));
        Api.Reply closed = office.post(proposal + "/close", "{}", satisfied.header("ETag"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
        assertThat(closed.json().getJsonArray("history").getValuesAs(JsonObject.class)).extracting(t -> t.getString("action"))
                .containsExactly("SUBMIT", "FILE", "ASSIGN", "ACKNOWLEDGE", "LOG_COMMUNICATION", "ANSWER", "RATE", "REHANDLE", "ANSWER", "RATE",
                        "CLOSE");
        assertThat(member.get("api/v1/members/" + me + "/proposals?year=" + year).body()).contains(drafted.json().getString("id"));
        JsonObject notice = member.get("api/v1/notices").structure().asJsonArray().getJsonObject(0);
        assertThat(notice.getString("text")).as("the proposer hears of the closure").contains("关于完善社区嵌入式托育服务的建议", "已办结");
        assertThat(member.post("api/v1/notices/" + notice.getString("id") + "/read", "").status()).isEqualTo(204);
        assertThat(unit.get("api/v1/notices").body()).as("the unit heard of its assignment").contains("交由贵单位");
        assertThat(unit.post("api/v1/notices/" + notice.getString("id") + "/read", "").status()).as("not the unit's notice").isEqualTo(404);
        assertThat(unit.get("api/v1/handling-units/" + ownUnit + "/proposals?year=" + year).body()).contains(drafted.json().getString("id"));

        theWorkbooksShow(office, city, year, "关于完善社区嵌入式托育服务的建议", office.get("api/v1/handling-units/" + ownUnit).json().getString("name"));
    }

    /** The register and statistics workbooks as the proposal office downloads them: Chinese by default, the proposal and its unit in them. */
    private static void theWorkbooksShow(Api office, String city, int year, String title, String unitName) {
        HttpResponse<byte[]> register = office.download("api/v1/committees/" + city + "/proposals/register.xlsx?year=" + year);
        assertThat(register.statusCode()).isEqualTo(200);
        assertThat(register.headers().firstValue("Content-Disposition").orElseThrow()).contains("filename=\"proposal-register-" + year + ".xlsx\"",
                "filename*=UTF-8''");
        List<String> titles = column(register.body(), 0, 1);
        assertThat(titles.get(0)).isEqualTo("标题");
        assertThat(titles).as("a row with the proposal's title").contains(title);

        HttpResponse<byte[]> statistics = office.download("api/v1/committees/" + city + "/proposals/statistics.xlsx?year=" + year);
        assertThat(statistics.statusCode()).isEqualTo(200);
        List<String> units = column(statistics.body(), 0, 0);
        assertThat(units.get(0)).isEqualTo("承办单位");
        assertThat(units).as("a line for the unit that answered").contains(unitName);
    }

    /** @return the text of one column of one sheet of a workbook, header first */
    private static List<String> column(byte[] workbook, int sheet, int column) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            List<String> texts = new ArrayList<>();
            for (Row row : book.getSheetAt(sheet)) {
                texts.add(row.getCell(column).getStringCellValue());
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_change_feed_read_from_the_start_gives_the_register_as_it_is_with_tombstones_for_withdrawn_proposals() {
        Api member = new Api(base).as("member.demo");
        Api office = new Api(base).as("proposal.demo");
        String city = office.cityCommitteeId();
        String me = office.get("api/v1/committees/" + city + "/members?size=1&sort=code").json().getJsonArray("items").getJsonObject(0).getString("id");
        int year = today().getYear();
        Api.Reply drafted = member.post("api/v1/members/" + me + "/proposals", draft(year, "关于规范电动自行车充电的建议"));
        String proposal = "api/v1/proposals/" + drafted.json().getString("id");
        Api.Reply submitted = member.post(proposal + "/submit", "", drafted.header("ETag"));
        Api.Reply withdrawn = member.post(proposal + "/withdraw", "{\"note\":\"与他人提案重复\"}", submitted.header("ETag"));
        assertThat(withdrawn.json().getString("status")).isEqualTo("WITHDRAWN");

        Map<String, JsonObject> replayed = new HashMap<>();
        Map<String, Boolean> removed = new HashMap<>();
        long since = 0;
        int reads = 0;
        while (true) {
            JsonObject page = office.get("api/v1/changes?since=" + since + "&limit=50").json();
            var changes = page.getJsonArray("changes").getValuesAs(JsonObject.class);
            if (changes.isEmpty()) {
                break;
            }
            for (JsonObject change : changes) {
                assertThat(change.getJsonNumber("sequence").longValue()).isGreaterThan(since);
                since = change.getJsonNumber("sequence").longValue();
                if (!change.getString("type").equals("proposal")) {
                    continue; // social-condition reports and outcome reports share the feed
                }
                removed.put(change.getString("id"), change.getBoolean("removed"));
                if (!change.getBoolean("removed")) {
                    replayed.put(change.getString("id"), change.getJsonObject("item"));
                }
            }
            reads++;
        }
        assertThat(reads).isPositive();
        assertThat(removed).containsEntry(drafted.json().getString("id"), true);
        removed.forEach((id, gone) -> {
            if (!gone) {
                Api.Reply current = office.get("api/v1/proposals/" + id);
                assertThat(current.json()).as("the feed's latest entry of %s is the proposal as it is", id).isEqualTo(replayed.get(id));
            }
        });
        JsonObject register = office.get("api/v1/committees/" + city + "/proposals?size=100&year=" + year).json();
        assertThat(register.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(p -> p.getString("id"))
                .as("every proposal of the register is in the feed").allSatisfy(id -> assertThat(replayed).containsKey(id));
        assertThat(office.get("api/v1/changes?since=" + since).json().getJsonArray("changes")).isEmpty();
        assertThat(member.get("api/v1/changes?since=0").status()).as("a member reads no feed").isEqualTo(403);
    }

    @Test
    void a_handling_units_own_feed_read_from_the_start_gives_its_assigned_proposals_as_they_are_and_no_other_unit_reads_it() {
        Api office = new Api(base).as("proposal.demo");
        Api unit = new Api(base).as("unit.demo");
        String city = office.cityCommitteeId();
        String ownUnit = unitOf(new Api(base).as("secadmin.demo"), city);
        String feed = "api/v1/handling-units/" + ownUnit + "/changes";

        Map<String, JsonObject> replayed = new HashMap<>();
        for (JsonObject change : unit.changes(feed)) {
            assertThat(change.getString("type")).isEqualTo("proposal");
            replayed.put(change.getString("id"), change.getJsonObject("item"));
        }

        assertThat(replayed).isNotEmpty();
        replayed.forEach((id, item) -> {
            assertThat(item.getJsonObject("handling").getJsonArray("tasks").getValuesAs(JsonObject.class))
                    .as("%s is assigned to the unit", id).anySatisfy(task -> assertThat(task.getString("unitId")).isEqualTo(ownUnit));
            assertThat(office.get("api/v1/proposals/" + id).json()).as("the feed's latest entry of %s is the proposal as it is", id).isEqualTo(item);
        });
        JsonObject assigned = unit.get("api/v1/handling-units/" + ownUnit + "/proposals?size=100&year=" + today().getYear()).json();
        assertThat(assigned.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(p -> p.getString("id"))
                .as("every proposal assigned to the unit this year is in its feed").isNotEmpty().allSatisfy(id -> assertThat(replayed).containsKey(id));
        assertThat(office.changes(feed)).as("the proposal office reads the unit's feed too").hasSameSizeAs(unit.changes(feed));
        String otherUnit = office.get("api/v1/committees/" + city + "/handling-units").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(u -> u.getString("id")).filter(id -> !id.equals(ownUnit)).findFirst().orElseThrow();
        assertThat(unit.get("api/v1/handling-units/" + otherUnit + "/changes").status()).as("another unit's feed").isEqualTo(403);
        assertThat(unit.get("api/v1/changes?since=0").status()).as("the committee's feed").isEqualTo(403);
    }

    /** @return the application's day: its clock runs on China Standard Time, ahead of the machine's UTC */
    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** Deadlines are counted on the committee's calendar: a year the library ships no schedule for gets one of the committee's own. */
    private static void coverYear(Api office, String committeeId, int year) {
        String calendar = "api/v1/committees/" + committeeId + "/working-calendar/" + year;
        if (office.get(calendar).status() == 404) {
            Api.Reply own = office.put(calendar, "{\"source\":\"测试：国庆节\",\"daysOff\":[\"" + year + "-10-01.." + year + "-10-07\"]}", "\"0\"");
            assertThat(own.status()).as(own.body()).isEqualTo(200);
        }
    }

    private static String draft(int year, String title) {
        return "{\"year\":" + year + ",\"origin\":\"BETWEEN_SESSIONS\",\"title\":\"" + title + "\",\"grounds\":\"群众反映强烈，现有设施不足。\","
                + "\"suggestions\":\"一、摸清底数；二、分步建设。\",\"category\":\"SOCIAL_WELFARE\"}";
    }

    private static String unitOf(Api security, String committeeId) {
        return security.get("api/v1/committees/" + committeeId + "/users?size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(u -> u.getString("username").equals("unit.demo")).findFirst().orElseThrow().getString("unitId");
    }
}
