package org.xieshang.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.xieshang.domain.member.ResidentIdNumber;

/**
 * The admin screens in real headless Chromium against the shipped WAR on Payara Micro with the demo data: the
 * member list filtered by sector, a member form with errors shown beside the fields and nothing saved, then
 * saved once corrected, the English switch, attendance taking on its checklist, a member's duty file, the proposal
 * office's and a handling unit's proposal screens, and a social-condition report from the member's editor to its adoption.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    /** A sector of the demo city committee's list with members in the current term. */
    private static final String SECTOR = "教育";

    /** unit.demo's handling unit in the demo city committee's registry. */
    private static final String UNIT = "澄湖市教育局";

    @ArquillianResource
    private URL base;

    private Browser browser;
    private Api api;
    private String cityId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void openBrowser() {
        api = new Api(base).as("registry.demo");
        cityId = api.cityCommitteeId();
        browser = new Browser(base);
        browser.signIn("registry.demo", Api.DEMO_PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void the_member_list_filters_by_sector() {
        browser.open("members.xhtml");
        assertThat(browser.title()).startsWith("委员名单");
        String unfiltered = browser.text("roster:table_paginator_bottom");
        assertThat(sectorCells().stream().map(WebElement::getText).distinct()).as("sectors on the first page").hasSizeGreaterThan(1);

        browser.choose("roster:sector", SECTOR);
        browser.click("roster:search");

        browser.waitFor(d -> !browser.text("roster:table_paginator_bottom").equals(unfiltered));
        List<String> sectors = sectorCells().stream().map(WebElement::getText).toList();
        assertThat(sectors).isNotEmpty().allMatch(SECTOR::equals);
        assertThat(browser.text("roster:table_paginator_bottom")).startsWith(sectors.size() + " 条记录");

        browser.sortBy("roster:table", "委员编号");
        browser.waitFor(d -> codes().equals(codes().stream().sorted().toList()));
        browser.sortBy("roster:table", "委员编号");
        browser.waitFor(d -> codes().equals(codes().stream().sorted(Comparator.reverseOrder()).toList()));
        assertThat(sectorCells()).hasSize(sectors.size()).extracting(WebElement::getText).containsOnly(SECTOR);
    }

    private List<String> codes() {
        return browser.all("[id='roster:table_data'] td:first-child").stream().map(WebElement::getText).toList();
    }

    @Test
    void a_member_form_with_errors_shows_them_beside_the_fields_and_saves_nothing() {
        long before = cityMembers();
        browser.open("member-edit.xhtml");
        browser.type("memberForm:code", "BT-0001");
        browser.pick("memberForm:gender", "女");
        browser.typeDate("memberForm:dateOfBirth", "1975-03-08");
        browser.choose("memberForm:party", "无党派人士");
        String first17 = "33010219750308002";
        char wrong = ResidentIdNumber.checkCharacter(first17) == '1' ? '2' : '1';
        browser.type("memberForm:residentIdNumber", first17 + wrong);
        browser.type("memberForm:workUnit", "澄湖市第一中学");
        browser.choose("memberForm:sectorId", SECTOR);
        browser.type("memberForm:grounds", "经协商产生");
        browser.click("memberForm:save");

        String nameMessage = browser.waitFor(d -> nonEmpty(browser.text("memberForm:nameMessage")));
        assertThat(nameMessage).contains("必填");
        assertThat(browser.text("memberForm:residentIdNumberMessage")).contains("校验码不正确");
        assertThat(cityMembers()).isEqualTo(before);

        browser.type("memberForm:name", "测试委员");
        browser.type("memberForm:residentIdNumber", first17 + ResidentIdNumber.checkCharacter(first17));
        browser.click("memberForm:save");

        browser.waitFor(d -> browser.url().contains("member.xhtml"));
        assertThat(browser.text("memberName")).contains("测试委员").contains("BT-0001");
        assertThat(browser.text("memberships")).contains("第九届").contains(SECTOR);
        assertThat(cityMembers()).isEqualTo(before + 1);
    }

    @Test
    void an_edit_made_meanwhile_by_someone_else_is_not_overwritten() {
        String memberId = api.get("api/v1/committees/" + cityId + "/members?size=1&page=3").json().getJsonArray("items").getJsonObject(0)
                .getString("id");
        browser.open("member-edit.xhtml?id=" + memberId);
        browser.type("memberForm:workUnit", "浏览器里的修改");

        Api.Reply read = api.get("api/v1/members/" + memberId);
        assertThat(api.put("api/v1/members/" + memberId, Api.profileJson(read.json(), "接口里的修改"), read.header("ETag")).status()).isEqualTo(200);
        browser.click("memberForm:save");

        String warning = browser.waitFor(d -> nonEmpty(browser.text("messages")));
        assertThat(warning).contains("已被他人修改");
        assertThat(api.get("api/v1/members/" + memberId).json().getString("workUnit")).isEqualTo("接口里的修改");
    }

    @Test
    void a_membership_decision_is_refused_beside_its_field_or_recorded() {
        String memberId = api.get("api/v1/committees/" + cityId + "/members?standing=false&current=true&term=9&size=1").json()
                .getJsonArray("items").getJsonObject(0).getString("id");
        browser.open("decision.xhtml?id=" + memberId);
        browser.choose("decisionForm:kind", "增补为常委");
        browser.type("decisionForm:grounds", "常务委员会会议增补");
        browser.choose("decisionForm:kind", "就任");
        browser.click("decisionForm:record");

        String refusal = browser.waitFor(d -> nonEmpty(browser.text("decisionForm:kindMessage")));
        assertThat(refusal).contains("不能作出“就任”决定");
        assertThat(api.get("api/v1/members/" + memberId + "/decisions").body()).doesNotContain("常务委员会会议增补");

        browser.choose("decisionForm:kind", "增补为常委");
        browser.click("decisionForm:record");

        browser.waitFor(d -> browser.url().contains("member.xhtml"));
        assertThat(browser.text("decisions")).contains("增补为常委").contains("常务委员会会议增补");
        assertThat(browser.text("memberships")).contains("至 今");
    }

    @Test
    void sectors_are_added_once_by_name() {
        browser.open("sectors.xhtml");
        browser.type("sectorForm:name", SECTOR);
        browser.click("sectorForm:add");

        String duplicate = browser.waitFor(d -> nonEmpty(browser.text("sectorForm:nameMessage")));
        assertThat(duplicate).contains("本会已有名为“" + SECTOR + "”的界别");

        browser.type("sectorForm:name", "港澳同胞");
        browser.click("sectorForm:add");
        browser.waitFor(d -> browser.text("sectorForm:table").contains("港澳同胞"));
        assertThat(api.get("api/v1/committees/" + cityId + "/sectors?size=100").body()).contains("港澳同胞");
    }

    @Test
    void the_screens_switch_to_english() {
        browser.open("members.xhtml");
        browser.click("header:english");
        browser.waitFor(d -> browser.title().startsWith("Members"));
        assertThat(browser.text("roster:table")).contains("Member code").contains("Term 9");

        browser.click("header:chinese");
        browser.waitFor(d -> browser.title().startsWith("委员名单"));
    }

    @Test
    void attendance_is_taken_on_a_checklist_with_leave_shown_and_set_in_bulk() throws InterruptedException {
        Api clerk = new Api(base).as("dutyfile.demo");
        List<JsonObject> invitees = api.get("api/v1/committees/" + cityId + "/members?size=3&sort=code&current=true&term=9").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusSeconds(5);
        String body = "{\"termNumber\":9,\"kind\":\"RESEARCH_TRIP\",\"title\":\"城乡供水调研\",\"startsAt\":\"" + start.withNano(0)
                + "\",\"endsAt\":\"" + start.withNano(0).plusHours(4) + "\",\"organiser\":\"农业和农村委员会\",\"audience\":\"INVITED\",\"obligatory\":true}";
        Api.Reply scheduled = clerk.post("api/v1/committees/" + cityId + "/activities", body);
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        String activityId = scheduled.json().getJsonObject("activity").getString("id");
        String members = invitees.stream().map(m -> "\"" + m.getString("id") + "\"").reduce((a, b) -> a + "," + b).orElseThrow();
        Api.Reply invited = clerk.post("api/v1/activities/" + activityId + "/invitations", "{\"memberIds\":[" + members + "],\"obligatory\":true}",
                scheduled.header("ETag"));
        JsonObject onLeave = invitees.get(1);
        Api.Reply asked = clerk.post("api/v1/members/" + onLeave.getString("id") + "/leave-requests",
                "{\"activityId\":\"" + activityId + "\",\"reason\":\"参加全国培训\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(clerk.put("api/v1/activities/" + activityId + "/leave-requests/" + onLeave.getString("id"), "{\"approve\":true}",
                asked.header("ETag")).status()).isEqualTo(200);
        assertThat(invited.status()).isEqualTo(200);
        while (LocalDateTime.now(ZoneId.of("Asia/Shanghai")).isBefore(start.plusSeconds(1))) {
            Thread.sleep(200);
        }
        Browser staff = new Browser(base);
        try {
            staff.signIn("dutyfile.demo", Api.DEMO_PASSWORD);
            staff.open("activity.xhtml?id=" + activityId);
            assertThat(staff.title()).startsWith("城乡供水调研");
            assertThat(staff.text("attendanceForm:table")).contains(onLeave.getString("name")).contains("已批准").contains("参加全国培训");

            staff.click("attendanceForm:allPresent");
            staff.waitFor(d -> staff.all("[id='attendanceForm:table'] input[type='radio'][value='true']:checked").size() == 3);
            staff.waitFor(d -> d.findElement(By.xpath("//tr[td[1]//a[text()='" + onLeave.getString("name") + "']]//label[text()='请假']"))).click();
            staff.click("attendanceForm:save");
            staff.waitFor(d -> staff.messages().stream().anyMatch(m -> m.contains("已登记 3 人的出勤")));
        } finally {
            staff.close();
        }
        JsonObject taken = clerk.get("api/v1/activities/" + activityId).json();
        assertThat(taken.getJsonObject("activity").getInt("present")).isEqualTo(2);
        assertThat(taken.getJsonObject("activity").getInt("excused")).isEqualTo(1);
    }

    @Test
    void the_duty_file_page_shows_the_score_with_its_trace_and_records_by_hand() {
        Api clerk = new Api(base).as("dutyfile.demo");
        JsonObject member = api.get("api/v1/committees/" + cityId + "/members?size=1&sort=code&current=true&term=9").json().getJsonArray("items")
                .getJsonObject(0);
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        JsonObject file = clerk.get("api/v1/members/" + member.getString("id") + "/duty-file?year=" + year).json();
        Browser staff = new Browser(base);
        try {
            staff.signIn("dutyfile.demo", Api.DEMO_PASSWORD);
            staff.open("duty-file.xhtml?member=" + member.getString("id") + "&year=" + year);
            assertThat(staff.title()).contains("履职档案").contains(member.getString("name"));
            assertThat(staff.text("total")).isEqualTo(file.getJsonObject("score").getJsonObject("score").getJsonNumber("total").toString());
            assertThat(staff.all("[id='trace_data'] tr")).hasSize(file.getJsonObject("score").getJsonArray("lines").size());
            assertThat(staff.all("canvas")).isNotEmpty();

            staff.click("recordForm:save");
            staff.waitFor(d -> staff.text("recordForm").contains("此项为必填项"));

            staff.typeDate("recordForm:occurredOn", year + "-06-15");
            staff.type("recordForm:title", "大会口头发言：推进数字政协建设");
            staff.type("recordForm:sourceReference", "发言-" + year + "-99");
            staff.click("recordForm:save");
            staff.waitFor(d -> staff.text("timelineForm:timeline").contains("推进数字政协建设"));
        } finally {
            staff.close();
        }
        assertThat(clerk.get("api/v1/members/" + member.getString("id") + "/duty-file?year=" + year).json().getJsonArray("events").stream()
                .anyMatch(e -> e.asJsonObject().getString("title").contains("推进数字政协建设"))).isTrue();
    }

    @Test
    void every_duty_screen_opens_for_its_users_with_the_demo_data() {
        Browser staff = new Browser(base);
        try {
            staff.signIn("dutyfile.demo", Api.DEMO_PASSWORD);
            for (String[] page : new String[][] {{"activities.xhtml", "履职活动", "list:table"}, {"leave-requests.xhtml", "请假审批", "queue:table"},
                    {"findings.xhtml", "履职预警", "list:table"}, {"duty-reports.xhtml", "履职报告审核", "list:table"},
                    {"statistics.xhtml", "履职统计", "statisticsForm:tabs"}, {"assessment.xhtml", "履职考核", "schemeForm:items"}}) {
                staff.open(page[0]);
                assertThat(staff.title()).as(page[0]).startsWith(page[1]);
                assertThat(staff.text(page[2])).as(page[0]).isNotBlank().doesNotContain("没有符合条件的预警");
            }
            staff.click("schemeForm:preview");
            staff.waitFor(d -> !staff.all("[id='schemeForm:previewTable']").isEmpty());
            assertThat(staff.text("policyForm")).contains("乐清");
        } finally {
            staff.close();
        }
        Browser member = new Browser(base);
        try {
            member.signIn("member.demo", Api.DEMO_PASSWORD);
            member.open("my-duty.xhtml");
            assertThat(member.title()).startsWith("我的履职");
            assertThat(member.text("invitationsForm:invitations")).contains("会议");
            member.open("findings.xhtml");
            assertThat(member.title()).doesNotStartWith("履职预警");
        } finally {
            member.close();
        }
    }

    @Test
    void an_activity_moves_through_its_steps_on_its_page_and_a_skipped_step_is_refused_beside_the_step() throws IOException {
        Api office = new Api(base).as("consultation.demo");
        String activity = ConsultationFixtures.approvedActivity(office, 2035, "社区嵌入式养老服务");
        String id = activity.substring(activity.lastIndexOf('/') + 1);
        Path report = Files.createTempFile("调研报告", ".pdf");
        Files.write(report, "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Browser staff = new Browser(base);
        try {
            staff.signIn("consultation.demo", Api.DEMO_PASSWORD);
            staff.open("consultation-activity.xhtml?id=" + id);
            assertThat(staff.title()).startsWith("社区嵌入式养老服务");
            assertThat(staff.all("#steps li")).hasSize(8);

            staff.choose("stepForm:step", "4 议前调研");
            staff.type("stepForm:deliverable", "调研报告");
            staff.click("stepForm:complete");
            staff.waitFor(d -> staff.text("stepForm").contains("不能跳过步骤"));

            // Opened again, the form offers the next step to do; each step done offers the one after it.
            staff.open("consultation-activity.xhtml?id=" + id);
            for (String[] step : new String[][] {{"1 议题收集", "议题征集汇总"}, {"2 议题确定", "主席会议纪要"}, {"3 制定方案", "工作方案"}}) {
                assertThat(staff.text("stepForm:step_label")).isEqualTo(step[0]);
                staff.type("stepForm:deliverable", step[1]);
                staff.click("stepForm:complete");
                staff.waitFor(d -> staff.messages().stream().anyMatch(m -> m.contains("已完成步骤")));
            }
            assertThat(staff.text("stepForm:step_label")).isEqualTo("4 议前调研");
            staff.type("stepForm:deliverable", "调研报告");
            staff.find("stepForm:file_input").sendKeys(report.toString());
            staff.click("stepForm:complete");
            staff.waitFor(d -> staff.all("#steps li.xs-step-done").size() == 4);
            assertThat(staff.text("steps")).contains("调研报告").contains("附件");
        } finally {
            staff.close();
            Files.deleteIfExists(report);
        }
        JsonObject stored = office.get(activity).json();
        assertThat(stored.getString("nextStep")).isEqualTo("CONSULT");
        assertThat(stored.getJsonArray("steps").getJsonObject(3).getString("attachmentId")).isNotBlank();
    }

    @Test
    void the_plan_board_shows_the_demo_plan_by_quarter_and_by_step_and_anyone_submits_a_topic_to_the_open_call() {
        Browser staff = new Browser(base);
        try {
            staff.signIn("consultation.demo", Api.DEMO_PASSWORD);
            staff.open("consultation.xhtml");
            assertThat(staff.title()).startsWith("协商计划");
            assertThat(staff.text("planForm:status")).isEqualTo("已印发");
            assertThat(staff.text("tabs")).contains("第 1 季度", "第 4 季度", "面向社会征集");
            staff.waitFor(d -> d.findElement(By.xpath("//a[text()='按步骤']"))).click();
            staff.waitFor(d -> staff.all(".xs-step-column .xs-step-card").size() >= 10);
            staff.waitFor(d -> d.findElement(By.xpath("//a[text()='市县联动']"))).click();
            staff.waitFor(d -> staff.text("tabs:jointTable").contains("联合协商"));
        } finally {
            staff.close();
        }
        int nextYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
        Browser citizen = new Browser(base);
        try {
            citizen.open("call.xhtml?committee=" + cityId + "&year=" + nextYear);
            assertThat(citizen.title()).startsWith("协商议题征集");
            citizen.type("submitForm:title", "<b>加强</b>夜间公交");
            citizen.type("submitForm:description", "晚班职工回家难，建议增开夜间线路。");
            citizen.choose("submitForm:area", "重要文件和重大决策");
            citizen.click("submitForm:submit");
            citizen.waitFor(d -> citizen.text("submitForm").contains("不能含有"));
            citizen.type("submitForm:title", "关于增开夜间公交线路的建议");
            citizen.click("submitForm:submit");
            String receipt = citizen.text("receiptNumber");
            assertThat(receipt).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");

            citizen.type("lookupForm:receipt", receipt);
            citizen.click("lookupForm:lookUp");
            citizen.waitFor(d -> citizen.text("lookupForm").contains("已收到"));
        } finally {
            citizen.close();
        }
    }

    @Test
    void the_proposal_office_files_a_submitted_proposal_and_assigns_it_refused_beside_the_deadline_on_a_holiday() {
        Api office = new Api(base).as("proposal.demo");
        String title = "关于缓解城区学位紧张的建议" + System.nanoTime() % 100_000;
        String id = ProposalFixtures.submitted(office, title);
        ProposalFixtures.NextYear next = ProposalFixtures.NextYear.of(office);
        Browser staff = new Browser(base);
        try {
            staff.signIn("proposal.demo", Api.DEMO_PASSWORD);
            staff.open("proposals.xhtml");
            assertThat(staff.title()).startsWith("提案工作台");

            staff.type("tabs:queueForm:search", title);
            staff.waitFor(d -> staff.all("[id='tabs:queueForm:queue_data'] tr").size() == 1 && staff.text("tabs:queueForm:queue").contains(title));
            staff.click("tabs:queueForm:queue:0:review");
            staff.waitFor(d -> staff.text("tabs:reviewPanel").contains("城区学位供给紧张"));
            staff.type("tabs:fileForm:note", "符合立案条件");
            staff.click("tabs:fileForm:file");
            staff.waitFor(d -> staff.messages().stream().anyMatch(m -> m.contains("已立案") && m.contains(title)));
            assertThat(office.get("api/v1/proposals/" + id).json().getString("status")).isEqualTo("FILED");

            staff.waitFor(d -> d.findElement(By.xpath("//a[text()='交办']"))).click();
            staff.click("tabs:assignForm:search"); // waits until the tab shows it
            staff.type("tabs:assignForm:search", title);
            staff.waitFor(d -> staff.text("tabs:assignForm:filed").contains(title) && staff.all("[id='tabs:assignForm:filed_data'] tr").size() == 1);
            staff.waitFor(d -> d.findElement(By.xpath("//*[@id='tabs:assignForm:filed_data']//tr[.//a[text()='" + title + "']]"
                    + "//div[contains(@class,'ui-chkbox-box')]"))).click();
            staff.choose("tabs:assignForm:lead", UNIT);
            staff.choose("tabs:assignForm:mode", "单独办理");
            staff.typeDateAndClose("tabs:assignForm:deadline", next.dayOff().toString());
            staff.click("tabs:assignForm:assign");

            String refusal = staff.waitFor(d -> nonEmpty(staff.text("tabs:assignForm:deadlineMessage")));
            assertThat(refusal).contains("不是工作日");
            assertThat(office.get("api/v1/proposals/" + id).json().getString("status")).isEqualTo("FILED");

            staff.choose("tabs:assignForm:mode", "专门办理");
            staff.typeDateAndClose("tabs:assignForm:deadline", next.workingDay().toString());
            staff.click("tabs:assignForm:assign");
            staff.waitFor(d -> staff.messages().stream().anyMatch(m -> m.contains(title) && m.contains(UNIT) && m.contains(next.workingDay().toString())));
            assertThat(staff.text("tabs:assignForm:filed")).doesNotContain(title);
        } finally {
            staff.close();
        }
        JsonObject assigned = office.get("api/v1/proposals/" + id).json();
        assertThat(assigned.getString("status")).isEqualTo("ASSIGNED");
        assertThat(assigned.getJsonObject("handling").getString("deadline")).isEqualTo(next.workingDay().toString());
        assertThat(assigned.getJsonObject("handling").getString("mode")).isEqualTo("SPECIAL");
        assertThat(assigned.getJsonObject("handling").getJsonArray("tasks").getJsonObject(0).getString("unitName")).isEqualTo(UNIT);
    }

    @Test
    void the_proposal_office_loads_a_years_holiday_schedule_refused_beside_a_weekday_given_as_working_day_and_reverts_it() {
        Api office = new Api(base).as("proposal.demo");
        int year = LocalDate.now(ProposalFixtures.ZONE).getYear() + 2; // a year no other test loads
        LocalDate weekday = LocalDate.of(year, 2, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        LocalDate saturday = LocalDate.of(year, 2, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        String calendar = "api/v1/committees/" + cityId + "/working-calendar/" + year;
        Browser staff = new Browser(base);
        try {
            staff.signIn("proposal.demo", Api.DEMO_PASSWORD);
            staff.open("working-calendar.xhtml");
            assertThat(staff.title()).startsWith("工作日历");
            assertThat(staff.text("yearsForm:years")).contains(String.valueOf(year - 2)).contains("国家安排");

            staff.choose("scheduleForm:year", String.valueOf(year));
            staff.type("scheduleForm:source", "本会载入的" + year + "年节假日安排");
            staff.type("scheduleForm:daysOff", year + "-01-01, " + year + "-02-10.." + year + "-02-16");
            staff.type("scheduleForm:workingDays", weekday.toString());
            staff.click("scheduleForm:save");
            String refusal = staff.waitFor(d -> nonEmpty(staff.text("scheduleForm:workingDaysMessage")));
            assertThat(refusal).contains(weekday.toString()).contains("周六或周日");
            assertThat(office.get(calendar).status()).isEqualTo(404);

            staff.type("scheduleForm:workingDays", saturday.toString());
            staff.click("scheduleForm:save");
            staff.waitFor(d -> staff.messages().stream().anyMatch(m -> m.contains("已保存 " + year + " 年") && m.contains("放假 8 天")));
            String yearRow = "//*[@id='yearsForm:years_data']//tr[normalize-space(td[1])='" + year + "']";
            staff.waitFor(d -> d.findElement(By.xpath(yearRow)).getText().contains("本会自定"));
            JsonObject stored = office.get(calendar).json();
            assertThat(stored.getString("origin")).isEqualTo("OWN");
            assertThat(stored.getJsonArray("daysOff")).hasSize(8);
            assertThat(stored.getJsonArray("workingDays").getString(0)).isEqualTo(saturday.toString());

            staff.waitFor(d -> d.findElement(By.xpath(yearRow + "//button[.//span[text()='恢复国家安排']]"))).click();
            staff.waitFor(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes"))).click();
            staff.waitFor(d -> staff.messages().stream().anyMatch(m -> m.contains("已删除本会自定的 " + year + " 年安排")));
        } finally {
            staff.close();
        }
        assertThat(office.get(calendar).status()).isEqualTo(404);
    }

    @Test
    void a_handling_unit_acknowledges_an_assigned_proposal_and_answers_it_in_its_portal() {
        Api office = new Api(base).as("proposal.demo");
        String title = "关于增加普惠性托育服务供给的建议" + System.nanoTime() % 100_000;
        String id = ProposalFixtures.assigned(office, title, UNIT, ProposalFixtures.NextYear.of(office).workingDay());
        Browser unit = new Browser(base);
        try {
            unit.signIn("unit.demo", Api.DEMO_PASSWORD);
            unit.open("unit-proposals.xhtml");
            assertThat(unit.title()).startsWith("承办提案");

            unit.type("listForm:search", title);
            unit.waitFor(d -> unit.all("[id='listForm:assignments_data'] tr").size() == 1 && unit.text("listForm:assignments").contains(title));
            assertThat(unit.text("listForm:assignments")).contains("主办").contains("未签收");
            unit.click("listForm:assignments:0:open");
            unit.click("taskForm:acknowledge");
            unit.waitFor(d -> unit.messages().stream().anyMatch(m -> m.contains("已签收") && m.contains(title)));

            unit.choose("answerForm:result", "已解决或采纳");
            unit.type("answerForm:text", "我局已将新建学校纳入年度计划，秋季学期新增学位一千二百个。");
            unit.click("answerForm:answer");
            unit.waitFor(d -> unit.messages().stream().anyMatch(m -> m.contains("已答复") && m.contains(title)));
            assertThat(unit.text("listForm:assignments")).contains("已答复");
        } finally {
            unit.close();
        }
        JsonObject answered = office.get("api/v1/proposals/" + id).json();
        assertThat(answered.getString("status")).isEqualTo("ANSWERED");
        JsonObject answer = answered.getJsonObject("handling").getJsonArray("answers").getJsonObject(0);
        assertThat(answer.getString("result")).isEqualTo("SOLVED");
        assertThat(answer.getString("text")).contains("新增学位");
    }

    @Test
    void a_member_drafts_and_submits_a_proposal_refused_beside_the_missing_title_and_rates_its_answer_refused_beside_the_missing_reason() {
        Api office = new Api(base).as("proposal.demo");
        Api member = new Api(base).as("member.demo");
        String city = office.cityCommitteeId();
        String me = office.get("api/v1/committees/" + city + "/members?size=1&sort=code").json().getJsonArray("items").getJsonObject(0).getString("id");
        String title = "关于优化社区老年助餐点布局的建议" + System.nanoTime() % 100_000;
        Browser proposer = new Browser(base);
        try {
            proposer.signIn("member.demo", Api.DEMO_PASSWORD);
            proposer.open("my-proposals.xhtml");
            assertThat(proposer.title()).startsWith("我的提案");
            proposer.click("newForm:new");
            proposer.type("draftForm:grounds", "部分老旧小区老年人就餐不便，现有助餐点分布不均。");
            proposer.type("draftForm:suggestions", "一、按步行十五分钟范围补设助餐点；二、对运营主体给予场地支持。");
            proposer.choose("draftForm:category", "社会保障与民生");
            proposer.click("draftForm:save");
            String missingTitle = proposer.waitFor(d -> nonEmpty(proposer.text("draftForm:titleMessage")));
            assertThat(missingTitle).contains("必填");

            proposer.type("draftForm:title", title);
            proposer.click("draftForm:save");
            proposer.waitFor(d -> proposer.messages().stream().anyMatch(m -> m.contains("已保存草稿") && m.contains(title)));
            proposer.click("draftForm:submit");
            proposer.waitFor(d -> proposer.messages().stream().anyMatch(m -> m.contains("已提交提案") && m.contains(title)));
        } finally {
            proposer.close();
        }
        JsonObject submitted = member.get("api/v1/members/" + me + "/proposals?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("title").equals(title)).findFirst().orElseThrow();
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getString("category")).isEqualTo("SOCIAL_WELFARE");
        String proposal = "api/v1/proposals/" + submitted.getString("id");
        Api.Reply assigned = ProposalFixtures.fileAndAssign(office, submitted.getString("id"), UNIT, ProposalFixtures.NextYear.of(office).workingDay());
        Api unit = new Api(base).as("unit.demo");
        Api.Reply acknowledged = unit.post(proposal + "/acknowledgement", "", assigned.header("ETag"));
        Api.Reply answer = unit.post(proposal + "/answer", "{\"result\":\"PLANNED\",\"text\":\"已列入明年民生实事，分批补设助餐点。\"}",
                acknowledged.header("ETag"));
        assertThat(answer.json().getString("status")).as(answer.body()).isEqualTo("ANSWERED");

        Browser rating = new Browser(base);
        try {
            rating.signIn("member.demo", Api.DEMO_PASSWORD);
            rating.open("proposal.xhtml?id=" + submitted.getString("id"));
            rating.pick("rateForm:satisfaction", "不满意");
            rating.pick("rateForm:contacted", "是");
            rating.click("rateForm:rate");
            String missingReason = rating.waitFor(d -> nonEmpty(rating.text("rateForm:commentMessage")));
            assertThat(missingReason).contains("理由");
            assertThat(office.get(proposal).json().getString("status")).as("nothing written").isEqualTo("ANSWERED");

            rating.pick("rateForm:satisfaction", "满意");
            rating.click("rateForm:rate");
            rating.waitFor(d -> rating.messages().stream().anyMatch(m -> m.contains("已评价提案") && m.contains(title)));
        } finally {
            rating.close();
        }
        JsonObject rated = office.get(proposal).json();
        assertThat(rated.getString("status")).isEqualTo("RATED");
        JsonObject latest = rated.getJsonObject("handling").getJsonArray("ratings").getJsonObject(0);
        assertThat(latest.getString("satisfaction")).isEqualTo("SATISFIED");
        assertThat(latest.getBoolean("contacted")).isTrue();
    }

    @Test
    void a_member_submits_a_social_condition_report_that_the_office_edits_and_adopts_after_a_refusal_beside_the_reason() {
        Api office = new Api(base).as("proposal.demo");
        String title = "关于规范地铁站周边共享单车停放的建议" + System.nanoTime() % 100_000;
        Browser member = new Browser(base);
        try {
            member.signIn("member.demo", Api.DEMO_PASSWORD);
            member.open("my-social-reports.xhtml");
            assertThat(member.title()).startsWith("我的社情民意");

            member.click("newForm:new");
            member.type("draftForm:title", title);
            member.choose("draftForm:category", "城乡建设与管理");
            member.type("draftForm:text", "地铁站周边共享单车占道停放，影响通行。建议划定停放区，落实企业调度责任。");
            member.click("draftForm:save");
            member.waitFor(d -> member.messages().stream().anyMatch(m -> m.contains("已保存草稿") && m.contains(title)));
            assertThat(member.text("listForm:reports")).contains(title).contains("草稿");

            member.click("draftForm:submit");
            member.waitFor(d -> member.messages().stream().anyMatch(m -> m.contains("已报送信息") && m.contains(title)));
            assertThat(member.text("listForm:reports")).contains(title).contains("已报送");
        } finally {
            member.close();
        }
        String id = SocialReportFixtures.submitted(office, title);
        Browser staff = new Browser(base);
        try {
            staff.signIn("proposal.demo", Api.DEMO_PASSWORD);
            staff.open("social-reports.xhtml");
            assertThat(staff.title()).startsWith("社情民意信息工作台");
            staff.choose("registerForm:status", "已报送");
            staff.waitFor(d -> staff.text("registerForm:register").contains(title));
            staff.waitFor(d -> d.findElement(By.linkText(title))).click();
            staff.waitFor(d -> staff.url().contains("social-report.xhtml"));
            assertThat(staff.title()).startsWith(title);

            staff.click("declineForm:decline");
            String refusal = staff.waitFor(d -> nonEmpty(staff.text("declineForm:reasonMessage")));
            assertThat(refusal).contains("必填");
            assertThat(office.get("api/v1/social-reports/" + id).json().getString("status")).isEqualTo("SUBMITTED");

            staff.type("editForm:title", "共享单车乱停放问题亟待治理");
            staff.click("editForm:edit");
            staff.waitFor(d -> staff.text("status").equals("已编辑"));
            assertThat(staff.text("reportTitle")).contains("共享单车乱停放问题亟待治理");
            assertThat(staff.text("memberText")).contains("地铁站周边共享单车占道停放");

            staff.type("adoptForm:note", "编入《社情民意》第5期");
            staff.click("adoptForm:adopt");
            staff.waitFor(d -> staff.text("status").equals("已采用"));
            assertThat(staff.text("decision")).contains("采用").contains("编入《社情民意》第5期");
            assertThat(staff.text("history")).contains("编辑加工").contains("已编辑 → 已采用");
        } finally {
            staff.close();
        }
        JsonObject adopted = office.get("api/v1/social-reports/" + id).json();
        assertThat(adopted.getString("status")).isEqualTo("ADOPTED");
        assertThat(adopted.getString("title")).as("the member's own title is kept").isEqualTo(title);
        assertThat(adopted.getJsonObject("editing").getString("title")).isEqualTo("共享单车乱停放问题亟待治理");
        assertThat(adopted.getJsonArray("history").getValuesAs(JsonObject.class)).as("the refusal changed nothing")
                .extracting(t -> t.getString("action")).containsExactly("SUBMIT", "EDIT", "ADOPT");
    }

    private List<WebElement> sectorCells() {
        return browser.all("[id='roster:table_data'] td.xs-sector");
    }

    private long cityMembers() {
        return api.get("api/v1/committees/" + cityId + "/members?size=1").json().getJsonNumber("totalElements").longValue();
    }

    private static String nonEmpty(String text) {
        return text.isBlank() ? null : text;
    }
}
