package org.xieshang.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The duty-file API on Payara Micro against Derby with the demo data: attendance for a whole meeting in one request with
 * leave asked and approved before it, the duty file with its trace, scheme revisions that keep the previous scores,
 * findings and their decisions, and the XLSX exports. Bad input is refused with problem details and writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DutyFileIT {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final ZoneId COMMITTEE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @ArquillianResource
    private URL base;

    private Api clerk;
    private Api registry;
    private String cityId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void signIn() {
        clerk = new Api(base).as("dutyfile.demo");
        registry = new Api(base).as("registry.demo");
        cityId = clerk.cityCommitteeId();
    }

    @Test
    void attendance_for_a_whole_meeting_is_one_request_and_leave_approved_before_it_excuses_the_absence() throws Exception {
        String asker = demoMember();
        List<String> members = List.of(asker, otherMembers(2).get(0), otherMembers(2).get(1));
        LocalDateTime start = LocalDateTime.now(COMMITTEE_ZONE).plusSeconds(6);
        Api.Reply scheduled = clerk.post("api/v1/committees/" + cityId + "/activities", activity("专题协商会（测试）", start, "ALL_MEMBERS"));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        String activityId = scheduled.json().getJsonObject("activity").getString("id");
        assertThat(scheduled.json().getJsonObject("activity").getInt("invited")).isGreaterThan(100);

        Api.Reply asked = new Api(base).as("member.demo").post("api/v1/members/" + asker + "/leave-requests",
                "{\"activityId\":\"" + activityId + "\",\"reason\":\"赴省里参加培训\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        Api.Reply approved = clerk.put("api/v1/activities/" + activityId + "/leave-requests/" + asker, "{\"approve\":true}", asked.header("ETag"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);

        waitUntil(start.plusSeconds(1));
        Api.Reply late = new Api(base).as("member.demo").post("api/v1/members/" + asker + "/leave-requests",
                "{\"activityId\":\"" + activityId + "\",\"reason\":\"迟到的请假\"}");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(late.json().getString("code")).isIn("leave.too-late", "leave.already-requested");

        String notInvited = "00000000-0000-0000-0000-000000000001";
        Api.Reply refused = clerk.put("api/v1/activities/" + activityId + "/attendance",
                attendance(asker, false, members.get(1), true, notInvited, true), approved.header("ETag"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().getString("code")).isEqualTo("activity.not-invited");
        assertThat(clerk.get("api/v1/activities/" + activityId).header("ETag")).isEqualTo(approved.header("ETag"));

        Api.Reply taken = clerk.put("api/v1/activities/" + activityId + "/attendance",
                attendance(asker, false, members.get(1), true, members.get(2), false), approved.header("ETag"));
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        JsonObject summary = taken.json().getJsonObject("activity");
        assertThat(summary.getInt("present")).isEqualTo(1);
        assertThat(summary.getInt("excused")).isEqualTo(1);
        assertThat(summary.getInt("unexcused")).isEqualTo(1);

        assertThat(kindsFrom(asker, activityId)).containsExactly("ABSENT_EXCUSED");
        assertThat(kindsFrom(members.get(1), activityId)).containsExactly("ATTENDED_CONSULTATION");
        assertThat(kindsFrom(members.get(2), activityId)).containsExactly("ABSENT_UNEXCUSED");

        Api.Reply stale = clerk.put("api/v1/activities/" + activityId + "/attendance", attendance(asker, true, members.get(1), true,
                members.get(2), true), approved.header("ETag"));
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void the_duty_file_traces_every_point_to_its_record_and_rule() {
        String member = demoMember();
        int year = LocalDateTime.now(COMMITTEE_ZONE).getYear() - 1;
        JsonObject file = clerk.get("api/v1/members/" + member + "/duty-file?year=" + year).json();

        JsonObject score = file.getJsonObject("score").getJsonObject("score");
        List<JsonObject> lines = file.getJsonObject("score").getJsonArray("lines").getValuesAs(JsonObject.class);
        double sum = lines.stream().mapToDouble(l -> l.getJsonNumber("points").doubleValue()).sum();
        assertThat(sum).isEqualTo(score.getJsonNumber("total").doubleValue());
        assertThat(lines).filteredOn(l -> !l.getString("itemCode").equals("maximum"))
                .allSatisfy(l -> assertThat(l.getString("eventId", null)).isNotNull());
        assertThat(file.getJsonArray("events")).isNotEmpty();
        assertThat(file.getJsonObject("totalsByQuarter")).isNotEmpty();
        assertThat(file.getJsonObject("attendance").getInt("obliged")).isPositive();

        Api member2 = new Api(base).as("member.demo");
        assertThat(member2.get("api/v1/members/" + member + "/duty-file?year=" + year).status()).isEqualTo(200);
        assertThat(member2.get("api/v1/members/" + otherMembers(1).get(0) + "/duty-file?year=" + year).status()).isEqualTo(403);
    }

    @Test
    void a_revised_scheme_recomputes_the_year_and_keeps_the_previous_scores() {
        int year = LocalDateTime.now(COMMITTEE_ZONE).getYear() - 1;
        String schemes = "api/v1/committees/" + cityId + "/assessment/schemes/" + year;
        List<JsonObject> revisions = clerk.get(schemes).structure().asJsonArray().getValuesAs(JsonObject.class);
        JsonObject latest = revisions.get(revisions.size() - 1);
        int revision = latest.getInt("revision");

        Api.Reply negativeCap = clerk.put(schemes, scheme(latest, "-5", "60", "扣分上限写错"), "\"" + revision + "\"");
        assertThat(negativeCap.status()).isEqualTo(422);
        assertThat(negativeCap.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(negativeCap.json().getString("code")).isEqualTo("scoring.cap.negative");
        Api.Reply noPassMark = clerk.put(schemes, scheme(latest, "10", "", "缺合格线"), "\"" + revision + "\"");
        assertThat(noPassMark.status()).isEqualTo(400);
        assertThat(clerk.get(schemes).structure().asJsonArray()).hasSize(revisions.size());

        Api.Reply revised = clerk.put(schemes, scheme(latest, "10", "70", "合格线调整为 70 分"), "\"" + revision + "\"");
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().getInt("revision")).isEqualTo(revision + 1);
        String scores = "api/v1/committees/" + cityId + "/assessment/scores/" + year;
        List<JsonObject> before = clerk.get(scores + "?revision=" + revision).structure().asJsonArray().getValuesAs(JsonObject.class);
        List<JsonObject> after = clerk.get(scores).structure().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(before).isNotEmpty().hasSameSizeAs(after);
        assertThat(after).allSatisfy(s -> assertThat(s.getInt("schemeRevision")).isEqualTo(revision + 1));
        long passedBefore = before.stream().filter(s -> s.getBoolean("passed")).count();
        long passedAfter = after.stream().filter(s -> s.getBoolean("passed")).count();
        assertThat(passedAfter).isLessThanOrEqualTo(passedBefore);

        assertThat(clerk.put(schemes, scheme(latest, "10", "60", "过期的修订"), "\"" + revision + "\"").status()).isEqualTo(412);
    }

    @Test
    void a_finding_is_decided_by_people_and_a_resignation_rests_on_the_recorded_decision() {
        List<JsonObject> open = clerk.get("api/v1/committees/" + cityId + "/assessment/findings?open=true&kind=ORDER_TO_RESIGN&size=5").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(open).isNotEmpty();
        JsonObject finding = open.get(0);
        String path = "api/v1/findings/" + finding.getString("id") + "/decision";
        String etag = clerk.get("api/v1/findings/" + finding.getString("id")).header("ETag");

        Api.Reply withoutDecision = clerk.put(path, "{\"outcome\":\"ORDERED_TO_RESIGN\",\"reason\":\"届内两年不合格\"}", etag);
        assertThat(withoutDecision.status()).isEqualTo(422);
        assertThat(withoutDecision.json().getString("code")).isEqualTo("finding.decision.needs-membership-decision");

        Api.Reply warned = clerk.put(path, "{\"outcome\":\"WARNED\",\"reason\":\"主席会议研究，先予警告\"}", etag);
        assertThat(warned.status()).as(warned.body()).isEqualTo(200);
        assertThat(warned.json().getBoolean("open")).isFalse();
        assertThat(warned.json().getJsonObject("decision").getString("decidedBy")).isEqualTo("dutyfile.demo");
        assertThat(clerk.put(path, "{\"outcome\":\"NO_ACTION\",\"reason\":\"重复\"}", warned.header("ETag")).json().getString("code"))
                .isEqualTo("finding.already-decided");
    }

    @Test
    void a_record_entered_twice_is_refused_and_a_future_one_too() {
        String member = otherMembers(4).get(3);
        String record = "{\"kind\":\"SPEECH_ORAL\",\"occurredOn\":\"" + LocalDateTime.now(COMMITTEE_ZONE).toLocalDate().minusDays(1)
                + "\",\"title\":\"大会口头发言\",\"evidence\":\"发言-IT-1\"}";
        assertThat(clerk.post("api/v1/members/" + member + "/duty-events", record).status()).isEqualTo(201);
        Api.Reply twice = clerk.post("api/v1/members/" + member + "/duty-events", record);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().getString("code")).isEqualTo("duty-event.duplicate");
        Api.Reply future = clerk.post("api/v1/members/" + member + "/duty-events", record.replace("发言-IT-1", "发言-IT-2")
                .replace(LocalDateTime.now(COMMITTEE_ZONE).toLocalDate().minusDays(1).toString(), LocalDateTime.now(COMMITTEE_ZONE).toLocalDate().plusDays(3)
                        .toString()));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().getString("code")).isEqualTo("duty-event.in-future");
    }

    @Test
    void the_exports_have_chinese_headers_and_text_never_becomes_a_formula() throws Exception {
        Api.Reply created = registry.post("api/v1/committees/" + cityId + "/special-committees", "{\"name\":\"=SUM(1,2)\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String organiser = created.json().getString("id");
        LocalDateTime start = LocalDateTime.now(COMMITTEE_ZONE).minusHours(3);
        String body = activity("恶意名称测试", start, "INVITED").replace("\"organiserSpecialCommitteeId\":null",
                "\"organiserSpecialCommitteeId\":\"" + organiser + "\"");
        assertThat(clerk.post("api/v1/committees/" + cityId + "/activities", body).status()).isEqualTo(201);
        int quarter = (start.getMonthValue() - 1) / 3 + 1;

        HttpResponse<byte[]> workbook = clerk.download("api/v1/committees/" + cityId + "/statistics/quarterly.xlsx?year=" + start.getYear()
                + "&quarter=" + quarter);

        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            Sheet members = book.getSheetAt(0);
            assertThat(members.getRow(0).getCell(1).getStringCellValue()).isEqualTo("姓名");
            assertThat(members.getPhysicalNumberOfRows()).isGreaterThan(100);
            Sheet organisers = book.getSheetAt(2);
            Cell name = null;
            for (Row row : organisers) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().startsWith("=")) {
                    name = row.getCell(0);
                }
            }
            assertThat(name).isNotNull();
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
        }
        for (String export : List.of("annual.xlsx", "ranking.xlsx")) {
            HttpResponse<byte[]> file = clerk.download("api/v1/committees/" + cityId + "/statistics/" + export + "?year=" + (start.getYear() - 1));
            assertThat(file.statusCode()).isEqualTo(200);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
                assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("名次");
            }
        }
        JsonObject annual = clerk.get("api/v1/committees/" + cityId + "/statistics/annual?year=" + (start.getYear() - 1)).json();
        List<JsonObject> rows = annual.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows.get(0).getInt("rank")).isEqualTo(1);
        for (int i = 1; i < rows.size(); i++) {
            JsonObject previous = rows.get(i - 1);
            JsonObject row = rows.get(i);
            boolean tie = row.get("score").equals(previous.get("score"));
            assertThat(row.getInt("rank")).isEqualTo(tie ? previous.getInt("rank") : i + 1);
        }
    }

    /** @return the member record of the demo account member.demo: the committee's first member by code */
    private String demoMember() {
        return registry.get("api/v1/committees/" + cityId + "/members?size=1&sort=code").json().getJsonArray("items").getJsonObject(0).getString("id");
    }

    /** @return current members of term 9 other than the demo account's */
    private List<String> otherMembers(int count) {
        String own = demoMember();
        return registry.get("api/v1/committees/" + cityId + "/members?size=" + (count + 1) + "&sort=code&current=true&term=9").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).map(m -> m.getString("id")).filter(id -> !id.equals(own))
                .limit(count).toList();
    }

    private List<String> kindsFrom(String member, String activityId) {
        int year = LocalDateTime.now(COMMITTEE_ZONE).getYear();
        return clerk.get("api/v1/members/" + member + "/duty-file?year=" + year).json().getJsonArray("events").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("sourceReference").equals(activityId)).map(e -> e.getString("kind")).toList();
    }

    private static String activity(String title, LocalDateTime start, String audience) {
        return "{\"termNumber\":9,\"kind\":\"SPECIAL_CONSULTATION\",\"title\":\"" + title + "\",\"startsAt\":\"" + LOCAL.format(start)
                + "\",\"endsAt\":\"" + LOCAL.format(start.plusHours(2)) + "\",\"place\":\"第一会议室\",\"organiser\":\"经济委员会\","
                + "\"organiserSpecialCommitteeId\":null,\"audience\":\"" + audience + "\",\"obligatory\":true}";
    }

    private static String attendance(String first, boolean firstPresent, String second, boolean secondPresent, String third, boolean thirdPresent) {
        return "{\"attendance\":[{\"memberId\":\"" + first + "\",\"present\":" + firstPresent + "},{\"memberId\":\"" + second + "\",\"present\":"
                + secondPresent + "},{\"memberId\":\"" + third + "\",\"present\":" + thirdPresent + "}]}";
    }

    /** The scheme as read, with the unexcused-absence item's cap and the pass mark replaced. */
    private static String scheme(JsonObject scheme, String unexcusedCap, String passMark, String reason) {
        StringBuilder items = new StringBuilder();
        for (JsonObject item : scheme.getJsonArray("items").getValuesAs(JsonObject.class)) {
            JsonObject p = item.getJsonObject("parameters");
            String cap = item.getString("code").equals("unexcused") ? unexcusedCap : p.getString("cap", "");
            items.append(items.length() == 0 ? "" : ",").append("{\"code\":\"").append(item.getString("code")).append("\",\"label\":\"")
                    .append(item.getString("label")).append("\",\"type\":\"").append(item.getString("type")).append("\",\"parameters\":{\"kind\":\"")
                    .append(p.getString("kind")).append("\",\"points\":\"").append(p.getString("points")).append("\",\"cap\":\"").append(cap)
                    .append("\"}}");
        }
        return "{\"termNumber\":9,\"items\":[" + items + "],\"maximum\":\"100\",\"passMark\":\"" + passMark
                + "\",\"bands\":[{\"grade\":\"优秀\",\"minimum\":\"85\"},{\"grade\":\"合格\",\"minimum\":\"" + (passMark.isEmpty() ? "60" : passMark)
                + "\"},{\"grade\":\"不合格\",\"minimum\":\"0\"}],\"reason\":\"" + reason + "\"}";
    }

    private static void waitUntil(LocalDateTime moment) throws InterruptedException {
        while (LocalDateTime.now(COMMITTEE_ZONE).isBefore(moment)) {
            Thread.sleep(200);
        }
    }
}
