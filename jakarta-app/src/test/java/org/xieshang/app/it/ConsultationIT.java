package org.xieshang.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consultation over REST on the running application: the plan from drafting to publication, an activity through its
 * steps with deliverables, meeting and outcome, and the public call from submission to the answer under the receipt.
 */
@ExtendWith(ArquillianExtension.class)
class ConsultationIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application(Map.of("xieshang.public-call.submissions-per-hour", "8"));
    }

    @Test
    void a_plan_is_approved_only_once_every_topic_is_screened_consultable_and_nothing_is_written_by_a_refusal() {
        Api office = new Api(base).as("consultation.demo");
        String plan = "api/v1/committees/" + office.cityCommitteeId() + "/consultation-plans/2031";

        assertThat(office.get(plan).status()).isEqualTo(404);
        Api.Reply drafted = office.post(plan, "");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);
        assertThat(office.post(plan, "").status()).as("one plan a year").isEqualTo(409);

        Api.Reply added = office.post(plan + "/topics", topic("托育服务体系建设", "EDUCATION", "SPECIAL_CONSULTATION"), drafted.header("ETag"));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        Api.Reply second = office.post(plan + "/topics", topic("某小区物业合同纠纷", "HOUSING", "TALK_IT_OVER"), added.header("ETag"));
        String childcare = second.json().getJsonArray("topics").getJsonObject(0).getString("id");
        String dispute = second.json().getJsonArray("topics").getJsonObject(1).getString("id");
        Api.Reply badMonth = office.post(plan + "/topics", "{\"title\":\"x\",\"source\":\"PROPOSED\",\"area\":\"REFORM\",\"plannedQuarter\":1,"
                + "\"plannedMonth\":5,\"form\":\"PLENARY_SESSION\"}", second.header("ETag"));
        assertThat(badMonth.status()).isEqualTo(422);
        assertThat(badMonth.json().getString("code")).isEqualTo("topic.month.outside-quarter");

        Api.Reply submitted = office.post(plan + "/submission", "", second.header("ETag"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        Api.Reply unscreened = office.post(plan + "/approval", approval(), submitted.header("ETag"));
        assertThat(unscreened.status()).isEqualTo(422);
        assertThat(unscreened.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(unscreened.json().getString("code")).isEqualTo("plan.topic.unscreened");
        assertThat(office.get(plan).header("ETag")).as("nothing written").isEqualTo(submitted.header("ETag"));

        Api.Reply screened = office.post(plan + "/screenings", screening(childcare, "education"), submitted.header("ETag"));
        screened = office.post(plan + "/screenings", screening(dispute, "private-disputes"), screened.header("ETag"));
        JsonObject excluded = screened.json().getJsonArray("topics").getJsonObject(1).getJsonObject("screening");
        assertThat(excluded.getBoolean("consultable")).isFalse();
        assertThat(excluded.getString("screenedBy")).isEqualTo("consultation.demo");
        Api.Reply notConsultable = office.post(plan + "/approval", approval(), screened.header("ETag"));
        assertThat(notConsultable.json().getString("code")).isEqualTo("plan.topic.not-consultable");
        assertThat(notConsultable.json().getString("detail")).contains("某小区物业合同纠纷");
        assertThat(office.post(plan + "/screenings", screening(dispute, "no-such-category"), screened.header("ETag")).json().getString("code"))
                .isEqualTo("screening.category.unknown");

        Api.Reply rescreened = office.post(plan + "/screenings", screening(dispute, "housing"), screened.header("ETag"));
        Api.Reply approved = office.post(plan + "/approval", approval(), rescreened.header("ETag"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().getJsonObject("approval").getString("by")).isEqualTo("中共澄湖市委");
        assertThat(office.post(plan + "/publication", "", screened.header("ETag")).status()).as("a stale version").isEqualTo(412);
        Api.Reply published = office.post(plan + "/publication", "", approved.header("ETag"));
        assertThat(published.json().getString("status")).isEqualTo("PUBLISHED");
        assertThat(office.post(plan + "/topics", topic("新增议题", "REFORM", "SPECIAL_CONSULTATION"), published.header("ETag")).json()
                .getString("code")).isEqualTo("plan.not-draft");

        String amendment = "{\"topicId\":\"" + childcare + "\",\"title\":\"托育服务体系建设\",\"source\":\"LEADER_ASSIGNED\",\"area\":\"EDUCATION\","
                + "\"plannedQuarter\":3,\"plannedMonth\":8,\"form\":\"SPECIAL_CONSULTATION\",\"category\":\"education\",\"reason\":\"按筛选目录\","
                + "\"change\":{\"by\":\"市委办公室\",\"on\":\"2031-04-02\",\"reason\":\"调研需要，调整到第三季度\"}}";
        Api.Reply amended = office.post(plan + "/amendments", amendment, published.header("ETag"));
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        assertThat(amended.json().getJsonArray("amendments").getJsonObject(0).getString("reason")).contains("第三季度");
        assertThat(amended.json().getJsonArray("topics").getJsonObject(0).getInt("plannedQuarter")).isEqualTo(3);
    }

    @Test
    void other_offices_read_the_plan_and_only_the_consultation_office_changes_it() {
        Api registry = new Api(base).as("registry.demo");
        Api proposals = new Api(base).as("proposal.demo");
        String plan = "api/v1/committees/" + registry.cityCommitteeId() + "/consultation-plans/2032";

        assertThat(registry.post(plan, "").status()).isEqualTo(403);
        Api.Reply drafted = new Api(base).as("consultation.demo").post(plan, "");
        assertThat(drafted.status()).isEqualTo(200);
        assertThat(proposals.get(plan).json().getString("status")).isEqualTo("DRAFT");
        assertThat(registry.get(plan).status()).as("the registry clerk has no consultation role").isEqualTo(403);
    }

    @Test
    void an_activity_goes_through_its_steps_in_order_with_deliverables_a_meeting_and_an_outcome() {
        Api office = new Api(base).as("consultation.demo");
        String activity = ConsultationFixtures.approvedActivity(office, 2033, "托育服务体系建设");
        Api.Reply started = office.get(activity);
        assertThat(started.json().getString("nextStep")).isEqualTo("COLLECT_TOPIC");

        Api.Reply skipped = office.post(activity + "/steps", step("RESEARCH", "调研报告", null), started.header("ETag"));
        assertThat(skipped.status()).isEqualTo(422);
        assertThat(skipped.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(skipped.json().getString("code")).isEqualTo("consultation.step.skipped");
        String etag = started.header("ETag");
        for (String[] step : new String[][] {{"COLLECT_TOPIC", "议题征集汇总"}, {"DECIDE_TOPIC", "主席会议确定议题"}, {"WORK_PLAN", "工作方案"}}) {
            Api.Reply done = office.post(activity + "/steps", step(step[0], step[1], null), etag);
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            etag = done.header("ETag");
        }
        Api.Reply beforeResearch = office.post(activity + "/steps", step("CONSULT", "协商会议纪要", null), etag);
        assertThat(beforeResearch.json().getString("code")).isEqualTo("consultation.research-first");
        assertThat(office.get(activity + "/three-before?action=DECIDE").json().getBoolean("allowed")).isFalse();

        byte[] pdf = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Api.Reply refused = office.send(upload(office, activity, "报告.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().getString("code")).isEqualTo("attachment.type-refused");
        Api.Reply uploaded = office.send(upload(office, activity, "../../调研报告（终稿）.pdf", pdf));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.json().getString("fileName")).isEqualTo("调研报告（终稿）.pdf");
        Api.Reply research = office.post(activity + "/steps", step("RESEARCH", "调研报告", uploaded.json().getString("id")), etag);
        assertThat(research.status()).as(research.body()).isEqualTo(200);
        Api.Reply download = office.send(office.request(activity + "/steps/RESEARCH/attachment").header("Accept", "*/*").GET());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("application/pdf");
        assertThat(download.header("Content-Disposition")).contains("attachment");
        assertThat(download.body()).isEqualTo(new String(pdf, StandardCharsets.US_ASCII));

        Api.Reply expert = office.post(activity + "/participants", "{\"kind\":\"EXPERT\",\"name\":\"王教授\",\"unit\":\"澄湖大学\"}",
                research.header("ETag"));
        assertThat(expert.status()).as(expert.body()).isEqualTo(200);
        JsonObject member = new Api(base).as("registry.demo").get("api/v1/committees/" + office.cityCommitteeId()
                + "/members?size=1&sort=code&current=true").json().getJsonArray("items").getJsonObject(0);
        Api.Reply invited = office.post(activity + "/participants", "{\"kind\":\"MEMBER\",\"memberId\":\"" + member.getString("id") + "\"}",
                expert.header("ETag"));
        assertThat(invited.status()).as(invited.body()).isEqualTo(200);
        assertThat(invited.json().getJsonArray("participants").getJsonObject(1).getString("name")).as("the name from the record")
                .isEqualTo(member.getString("name"));
        expert = invited;
        Api.Reply noMeeting = office.post(activity + "/steps", step("CONSULT", "协商会议纪要", null), expert.header("ETag"));
        assertThat(noMeeting.json().getString("code")).isEqualTo("consultation.meeting.not-scheduled");
        Api.Reply committee = office.get("api/v1/committees/" + office.cityCommitteeId());
        assertThat(committee.json().containsKey("terms")).as(committee.body()).isTrue();
        int term = committee.json().getJsonArray("terms").stream()
                .mapToInt(t -> t.asJsonObject().getInt("number")).max().orElseThrow();
        LocalDate meetingDay = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20);
        Api.Reply meeting = office.post(activity + "/meeting", "{\"termNumber\":" + term + ",\"startsAt\":\"" + meetingDay + "T09:00\","
                + "\"endsAt\":\"" + meetingDay + "T11:30\",\"place\":\"市政协三楼会议室\",\"organiser\":\"社会和法制委员会\"}", expert.header("ETag"));
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(200);
        String meetingId = meeting.json().getString("meetingId");
        assertThat(office.get("api/v1/activities/" + meetingId).json().getJsonArray("invitations").stream()
                .map(i -> i.asJsonObject().getString("memberId"))).as("the member participant is invited to the duty activity").contains(member.getString("id"));
        Api.Reply twice = office.post(activity + "/meeting", "{\"termNumber\":" + term + ",\"startsAt\":\"" + meetingDay + "T14:00\","
                + "\"endsAt\":\"" + meetingDay + "T16:00\",\"organiser\":\"社会和法制委员会\"}", meeting.header("ETag"));
        assertThat(twice.json().getString("code")).isEqualTo("consultation.meeting.scheduled-already");
        Api.Reply consulted = office.post(activity + "/steps", step("CONSULT", "协商会议纪要", null), meeting.header("ETag"));
        assertThat(consulted.status()).as(consulted.body()).isEqualTo(200);
        assertThat(office.get(activity + "/three-before").json().getString("verdict")).isEqualTo("CONSULTED");

        String report = "{\"title\":\"关于托育服务的协商报告\",\"suggestions\":[{\"text\":\"扩大普惠托位\","
                + "\"addressee\":\"市卫健委\"},{\"text\":\"统一补贴标准\"}]}";
        Api.Reply outcome = office.post(activity + "/outcome", report, consulted.header("ETag"));
        assertThat(outcome.status()).as(outcome.body()).isEqualTo(201);
        assertThat(outcome.json().getJsonArray("suggestions")).hasSize(2);
        Api.Reply again = office.post(activity + "/outcome", report, office.get(activity).header("ETag"));
        assertThat(again.json().getString("code")).as("handed over once").isEqualTo("outcome.reported-already");
        followUp(office, activity);

        Api.Reply calendar = office.send(office.request("api/v1/committees/" + office.cityCommitteeId() + "/consultation-plans/2033/meetings.ics")
                .header("Accept", "text/calendar").GET());
        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.header("Content-Type")).startsWith("text/calendar");
        assertThat(calendar.body()).contains("BEGIN:VEVENT", "SUMMARY:托育服务体系建设", "DTSTART;TZID=Asia/Shanghai:" + meetingDay.toString().replace("-", "") + "T090000");
    }

    /** The outcome handed over is followed up: submitted, instructed, its first suggestion assigned to a department and carried out. */
    private void followUp(Api office, String activity) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Api.Reply received = office.get(activity + "/follow-up");
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        assertThat(received.json().getString("stage")).isEqualTo("RECEIVED");
        String unit = new Api(base).as("proposal.demo").get("api/v1/committees/" + office.cityCommitteeId() + "/handling-units?active=true&size=1")
                .json().getJsonArray("items").getJsonObject(0).getString("id");
        String assignment = "{\"departmentId\":\"" + unit + "\",\"dueOn\":\"" + today.plusDays(30) + "\",\"request\":\"请研究采纳并反馈\"}";
        Api.Reply early = office.post(activity + "/follow-up/suggestions/1/assignment", assignment, received.header("ETag"));
        assertThat(early.json().getString("code")).as("assigned only once submitted").isEqualTo("outcome.assign.not-submitted");
        Api.Reply submitted = office.post(activity + "/follow-up/submission", "{\"to\":\"中共澄湖市委、澄湖市人民政府\",\"submittedOn\":\"" + today + "\"}",
                received.header("ETag"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(office.post(activity + "/follow-up/instructions", "{\"leader\":\"市长\",\"text\":\"请研究\",\"givenOn\":\"" + today + "\"}",
                submitted.header("ETag")).status()).as("the consultation office records no instruction").isEqualTo(403);
        Api.Reply instructed = new Api(base).as("leader.demo").post(activity + "/follow-up/instructions",
                "{\"leader\":\"市长 演示\",\"text\":\"请市卫健委牵头研究落实。\",\"givenOn\":\"" + today + "\"}", submitted.header("ETag"));
        assertThat(instructed.json().getString("stage")).isEqualTo("INSTRUCTED");
        Api.Reply assigned = office.post(activity + "/follow-up/suggestions/1/assignment", assignment, instructed.header("ETag"));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().getJsonArray("suggestions").getJsonObject(0).getBoolean("dueSoon")).as("due in thirty days").isFalse();
        Api.Reply adopted = office.post(activity + "/follow-up/suggestions/1/adoption", "{\"result\":\"ADOPTED\",\"text\":\"已采纳\"}",
                assigned.header("ETag"));
        Api.Reply done = office.post(activity + "/follow-up/suggestions/1/implementation", "{\"text\":\"新增普惠托位200个\"}", adopted.header("ETag"));
        JsonObject first = done.json().getJsonArray("suggestions").getJsonObject(0);
        assertThat(first.getString("status")).isEqualTo("IMPLEMENTED");
        assertThat(first.getJsonArray("log")).hasSize(3);
        assertThat(done.json().getJsonArray("suggestions").getJsonObject(1).getString("status")).as("each suggestion on its own").isEqualTo("PENDING");
        assertThat(office.post(activity + "/follow-up/suggestions/3/follow-ups", "{\"text\":\"x\"}", done.header("ETag")).json().getString("code"))
                .isEqualTo("outcome.suggestion.unknown");

        String id = activity.substring(activity.lastIndexOf('/') + 1);
        List<JsonObject> changes = new Api(base).as("proposal.demo").changes().stream()
                .filter(c -> c.getString("type").equals("outcome") && c.getString("id").equals(id)).toList();
        assertThat(changes).as("the hand-over and every change after it, in the change feed")
                .extracting(c -> c.getJsonNumber("version").longValue()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        JsonObject latest = changes.get(changes.size() - 1).getJsonObject("item");
        assertThat(latest.getJsonNumber("version").longValue()).isEqualTo(done.json().getJsonNumber("version").longValue());
        assertThat(latest.getJsonArray("suggestions").getJsonObject(0).getString("status")).isEqualTo("IMPLEMENTED");

        ProposalFixtures.NextYear.of(new Api(base).as("proposal.demo")); // working days are counted into next year too
        Api.Reply urgent = office.post(activity + "/follow-up/suggestions/2/assignment", "{\"departmentId\":\"" + unit + "\",\"dueOn\":\""
                + today.plusDays(1) + "\",\"request\":\"请尽快反馈\"}", done.header("ETag"));
        assertThat(urgent.status()).as(urgent.body()).isEqualTo(200);
        assertThat(urgent.json().getJsonArray("suggestions").getValuesAs(JsonObject.class)).extracting(s -> s.getBoolean("dueSoon"))
                .as("due tomorrow, within five working days; the first one answered").startsWith(false, true);
    }

    @Test
    void the_public_submits_without_an_account_gets_a_receipt_and_reads_the_answer_under_it() {
        Api office = new Api(base).as("consultation.demo");
        Api anonymous = new Api(base);
        String committee = office.cityCommitteeId();
        String plan = "api/v1/committees/" + committee + "/consultation-plans/2034";
        Api.Reply drafted = office.post(plan, "");
        String submissions = "api/v1/public/committees/" + committee + "/calls/2034/submissions";
        assertThat(anonymous.post(submissions, submission("加装电梯", "建议统一补贴")).json().getString("code")).isEqualTo("call.none");

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Api.Reply opened = office.put(plan + "/public-call", "{\"notice\":\"面向社会公开征集 2034 年度协商议题\",\"opensOn\":\"" + today.minusDays(1)
                + "\",\"closesOn\":\"" + today.plusDays(1) + "\"}", drafted.header("ETag"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(anonymous.get("api/v1/public/committees/" + committee + "/calls/2034").json().getString("notice")).contains("公开征集");

        Api.Reply markup = anonymous.post(submissions, submission("<script>alert(1)</script>", "说明"));
        assertThat(markup.status()).isEqualTo(422);
        assertThat(markup.json().getString("code")).isEqualTo("text.markup");
        Api.Reply oversized = anonymous.post(submissions, submission("加装电梯", "长".repeat(2001)));
        assertThat(oversized.status()).isEqualTo(400);
        Api.Reply received = anonymous.post(submissions, submission("老旧小区加装电梯", "建议简化审批，统一补贴标准。"));
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        String receipt = received.json().getString("receipt");
        assertThat(receipt).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(anonymous.get("api/v1/public/submissions/" + receipt).json().getString("status")).isEqualTo("RECEIVED");
        assertThat(anonymous.get("api/v1/public/submissions/2222-3333-4444").status()).isEqualTo(404);
        assertThat(office.get(plan + "/public-submissions").structure().asJsonArray()).hasSize(1);

        JsonObject listed = office.get(plan + "/public-submissions").structure().asJsonArray().getJsonObject(0);
        assertThat(listed.getString("submitter")).isEqualTo("张女士");
        JsonObject readByOthers = new Api(base).as("proposal.demo").get(plan + "/public-submissions").structure().asJsonArray().getJsonObject(0);
        assertThat(readByOthers.containsKey("submitter")).as("only those who answer see who wrote").isFalse();
        Api.Reply declined = office.post(plan + "/public-submissions/" + receipt + "/decline", "{\"reason\":\"属于个人诉求，已转信访部门办理\"}",
                "\"" + listed.getInt("version") + "\"");
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        JsonObject answer = anonymous.get("api/v1/public/submissions/" + receipt).json();
        assertThat(answer.getString("status")).isEqualTo("DECLINED");
        assertThat(answer.getString("reply")).contains("信访");
        assertThat(answer.containsKey("submitter")).as("the receipt shows nobody's name").isFalse();

        Api.Reply second = anonymous.post(submissions, submission("增开夜间公交", "晚班职工回家难"));
        String secondReceipt = second.json().getString("receipt");
        Api.Reply adopted = office.post(plan + "/public-submissions/" + secondReceipt + "/adoption",
                "{\"plannedQuarter\":3,\"form\":\"SPECIAL_CONSULTATION\",\"reply\":\"已列入计划草案\"}", office.get(plan).header("ETag"));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        JsonObject topic = office.get(plan).json().getJsonArray("topics").getJsonObject(0);
        assertThat(topic.getString("title")).isEqualTo("增开夜间公交");
        assertThat(topic.getString("source")).isEqualTo("PUBLIC_CALL");
        assertThat(anonymous.get("api/v1/public/submissions/" + secondReceipt).json().getString("status")).isEqualTo("ADOPTED");

        int limited = 0;
        for (int i = 0; i < 12 && limited == 0; i++) {
            Api.Reply reply = anonymous.post(submissions, submission("议题 " + i, "说明"));
            if (reply.status() == 429) {
                limited = i;
                assertThat(reply.header("Retry-After")).isNotBlank();
                assertThat(reply.json().getString("code")).isEqualTo("rate.limited");
            }
        }
        assertThat(limited).as("submissions per address are limited").isPositive();
    }

    private static HttpRequest.Builder upload(Api office, String activity, String fileName, byte[] content) {
        return office.request(activity + "/attachments").header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
    }

    private static String step(String step, String deliverable, String attachmentId) {
        return "{\"step\":\"" + step + "\",\"deliverable\":\"" + deliverable + "\",\"doneBy\":\"社法委\",\"doneOn\":\""
                + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "\""
                + (attachmentId == null ? "" : ",\"attachmentId\":\"" + attachmentId + "\"") + "}";
    }

    private static String submission(String title, String description) {
        return "{\"title\":\"" + title + "\",\"description\":\"" + description + "\",\"area\":\"HOUSING\",\"submitter\":\"张女士\"}";
    }

    private static String topic(String title, String area, String form) {
        return "{\"title\":\"" + title + "\",\"source\":\"LEADER_ASSIGNED\",\"area\":\"" + area + "\",\"plannedQuarter\":2,\"plannedMonth\":5,"
                + "\"counterpartDepartment\":\"市有关部门\",\"form\":\"" + form + "\"}";
    }

    private static String screening(String topicId, String category) {
        return "{\"topicId\":\"" + topicId + "\",\"category\":\"" + category + "\",\"reason\":\"按筛选目录\"}";
    }

    private static String approval() {
        return "{\"approvedBy\":\"中共澄湖市委\",\"approvedOn\":\"2031-01-20\",\"document\":\"澄委〔2031〕2号\"}";
    }
}
