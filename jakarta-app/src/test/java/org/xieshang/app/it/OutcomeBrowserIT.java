package org.xieshang.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The feedback loop of consultation outcomes in real headless Chromium against the shipped WAR with the demo data: a
 * leader reads an outcome report waiting on the leader's page and records an instruction (批示), refused beside the empty
 * text first; the consultation office assigns a suggestion to a department on the outcome tracking page (refused beside
 * a due day that is not after today) and sees it in the suggestion's row. The reports are made through the API.
 */
@ExtendWith(ArquillianExtension.class)
class OutcomeBrowserIT {

    /** unit.demo's handling unit in the demo city committee's registry, which the fixture's first suggestion addresses. */
    private static final String UNIT = "澄湖市教育局";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void a_leader_reads_an_outcome_report_waiting_on_the_leaders_page_and_records_an_instruction() {
        Api office = new Api(base).as("consultation.demo");
        String title = "关于托育服务的协商成果报告" + System.nanoTime() % 100_000;
        String id = ConsultationFixtures.submittedOutcome(office, 2036, title, "扩大普惠托位供给", "统一托育补贴标准");
        Browser leader = new Browser(base);
        try {
            leader.signIn("leader.demo", Api.DEMO_PASSWORD);
            leader.open("leader.xhtml");
            assertThat(leader.title()).startsWith("领导阅批");
            assertThat(leader.text("keyForm:keyProposals")).isNotBlank();
            leader.waitFor(d -> leader.text("outcomesForm:outcomes").contains(title));
            leader.waitFor(d -> d.findElement(By.xpath("//*[@id='outcomesForm:outcomes_data']//tr[.//a[text()='" + title + "']]//button"))).click();
            leader.waitFor(d -> leader.text("outcome").contains("扩大普惠托位供给"));
            assertThat(leader.find("outcomeInstructionForm:leader").getAttribute("value")).as("the leader's own name, offered").isEqualTo("周明远");

            leader.type("outcomeInstructionForm:leader", "市委书记 周明远");
            leader.click("outcomeInstructionForm:instruct");
            String refusal = leader.waitFor(d -> nonEmpty(leader.text("outcomeInstructionForm:textMessage")));
            assertThat(refusal).contains("必填");
            assertThat(office.get("api/v1/consultation-activities/" + id + "/follow-up").json().getString("stage")).isEqualTo("SUBMITTED");

            leader.type("outcomeInstructionForm:text", "请市卫健委牵头研究，抓好落实。");
            leader.click("outcomeInstructionForm:instruct");
            leader.waitFor(d -> leader.messages().stream().anyMatch(m -> m.contains("已登记") && m.contains(title)));
            leader.waitFor(d -> !leader.text("outcomesForm:outcomes").contains(title));
            assertThat(leader.text("givenForm:given")).contains(title).contains("请市卫健委牵头研究，抓好落实。").contains("协商成果");
        } finally {
            leader.close();
        }
        JsonObject instructed = office.get("api/v1/consultation-activities/" + id + "/follow-up").json();
        assertThat(instructed.getString("stage")).isEqualTo("INSTRUCTED");
        JsonObject instruction = instructed.getJsonArray("instructions").getJsonObject(0);
        assertThat(instruction.getString("leader")).isEqualTo("市委书记 周明远");
        assertThat(instruction.getString("givenOn")).isEqualTo(today().toString());
    }

    @Test
    void the_consultation_office_assigns_a_suggestion_to_a_department_and_sees_it_in_the_suggestions_row() {
        Api office = new Api(base).as("consultation.demo");
        String title = "关于课后服务的协商成果报告" + System.nanoTime() % 100_000;
        String id = ConsultationFixtures.submittedOutcome(office, 2037, title, "引入优质社会资源参与课后服务", "完善课后服务经费保障");
        Browser staff = new Browser(base);
        try {
            staff.signIn("consultation.demo", Api.DEMO_PASSWORD);
            staff.open("outcomes.xhtml");
            assertThat(staff.title()).startsWith("协商成果办理");

            staff.type("listForm:search", title);
            staff.waitFor(d -> staff.all("[id='listForm:reports_data'] tr").size() == 1 && staff.text("listForm:reports").contains(title));
            assertThat(staff.text("listForm:reports")).contains("已报送").contains("0 / 2");
            staff.click("listForm:reports:0:open");
            staff.waitFor(d -> staff.text("report").contains("引入优质社会资源参与课后服务"));
            assertThat(staff.text("suggestionsForm:suggestions")).contains("待交办");
            staff.click("suggestionsForm:suggestions:0:choose");

            staff.choose("assignForm:department", UNIT);
            staff.typeDateAndClose("assignForm:dueOn", today().toString());
            staff.type("assignForm:text", "请研究引入社会资源的办法，并书面答复。");
            staff.click("assignForm:assign");
            String refusal = staff.waitFor(d -> nonEmpty(staff.text("assignForm:dueOnMessage")));
            assertThat(refusal).contains("须晚于交办之日");
            assertThat(office.get("api/v1/consultation-activities/" + id + "/follow-up").json().getJsonArray("suggestions").getJsonObject(0)
                    .getString("status")).isEqualTo("PENDING");

            LocalDate due = today().plusDays(30);
            staff.choose("assignForm:department", UNIT);
            staff.typeDateAndClose("assignForm:dueOn", due.toString());
            staff.click("assignForm:assign");
            staff.waitFor(d -> staff.messages().stream().anyMatch(m -> m.contains("已交办") && m.contains(title)));
            String row = staff.text("suggestionsForm:suggestions");
            assertThat(row).contains(UNIT).contains("已交办").contains(due.toString()).contains("请研究引入社会资源的办法");
        } finally {
            staff.close();
        }
        JsonObject first = office.get("api/v1/consultation-activities/" + id + "/follow-up").json().getJsonArray("suggestions").getJsonObject(0);
        assertThat(first.getString("status")).isEqualTo("ASSIGNED");
        assertThat(first.getString("departmentName")).isEqualTo(UNIT);
        assertThat(first.getString("dueOn")).isEqualTo(today().plusDays(30).toString());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static String nonEmpty(String text) {
        return text.isBlank() ? null : text;
    }
}
