package org.xieshang.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Consultation records the tests start from, made through the API as the consultation office would. */
final class ConsultationFixtures {

    private ConsultationFixtures() {
    }

    /**
     * Drafts, screens and approves the city's plan of one topic for the year and starts the topic's activity.
     *
     * @return the activity's API path
     */
    static String approvedActivity(Api office, int year, String title) {
        String plan = "api/v1/committees/" + office.cityCommitteeId() + "/consultation-plans/" + year;
        Api.Reply drafted = office.post(plan, "");
        Api.Reply added = office.post(plan + "/topics", "{\"title\":\"" + title + "\",\"source\":\"LEADER_ASSIGNED\",\"area\":\"EDUCATION\","
                + "\"plannedQuarter\":2,\"plannedMonth\":5,\"form\":\"SPECIAL_CONSULTATION\"}", drafted.header("ETag"));
        String topicId = added.json().getJsonArray("topics").getJsonObject(0).getString("id");
        Api.Reply screened = office.post(plan + "/screenings", "{\"topicId\":\"" + topicId + "\",\"category\":\"education\",\"reason\":\"民生议题\"}",
                added.header("ETag"));
        Api.Reply submitted = office.post(plan + "/submission", "", screened.header("ETag"));
        Api.Reply approved = office.post(plan + "/approval", "{\"approvedBy\":\"中共澄湖市委\",\"approvedOn\":\"" + year + "-01-20\",\"document\":\"审定\"}",
                submitted.header("ETag"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        Api.Reply started = office.post("api/v1/committees/" + office.cityCommitteeId() + "/consultation-activities",
                "{\"year\":" + year + ",\"topicId\":\"" + topicId + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return "api/v1/consultation-activities/" + started.json().getString("id");
    }

    /**
     * A consultation of the city taken through research to its meeting, whose outcome report (dated today, so among this
     * year's) is handed over and submitted by the Party group: it waits for a leader's instruction and its suggestions for
     * their departments. The first suggestion is addressed to the city's education bureau.
     *
     * @param year        a plan year no other test uses
     * @param reportTitle the outcome report's title
     * @param suggestions the report's suggestions, at least one
     * @return the consultation activity's id, which identifies the report
     */
    static String submittedOutcome(Api office, int year, String reportTitle, String... suggestions) {
        String activity = approvedActivity(office, year, reportTitle.replace("协商成果报告", "协商"));
        String etag = office.get(activity).header("ETag");
        for (String[] step : new String[][] {{"COLLECT_TOPIC", "议题征集汇总"}, {"DECIDE_TOPIC", "主席会议纪要"}, {"WORK_PLAN", "工作方案"},
                {"RESEARCH", "调研报告"}}) {
            Api.Reply done = office.post(activity + "/steps", step(step[0], step[1]), etag);
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            etag = done.header("ETag");
        }
        int term = office.get("api/v1/committees/" + office.cityCommitteeId()).json().getJsonArray("terms").stream()
                .mapToInt(t -> t.asJsonObject().getInt("number")).max().orElseThrow();
        LocalDate meetingDay = today().plusDays(20);
        Api.Reply meeting = office.post(activity + "/meeting", "{\"termNumber\":" + term + ",\"startsAt\":\"" + meetingDay + "T09:00\","
                + "\"endsAt\":\"" + meetingDay + "T11:30\",\"organiser\":\"社会和法制委员会\"}", etag);
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(200);
        Api.Reply consulted = office.post(activity + "/steps", step("CONSULT", "协商会议纪要"), meeting.header("ETag"));
        assertThat(consulted.status()).as(consulted.body()).isEqualTo(200);
        String items = Arrays.stream(suggestions).map(text -> "{\"text\":\"" + text + "\"}").collect(Collectors.joining(","))
                .replaceFirst("\\}", ",\"addressee\":\"澄湖市教育局\"}");
        Api.Reply reported = office.post(activity + "/outcome", "{\"title\":\"" + reportTitle + "\",\"suggestions\":[" + items + "]}",
                consulted.header("ETag"));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        Api.Reply received = office.get(activity + "/follow-up");
        Api.Reply submitted = office.post(activity + "/follow-up/submission", "{\"to\":\"中共澄湖市委、澄湖市人民政府\",\"submittedOn\":\""
                + today() + "\"}", received.header("ETag"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return activity.substring(activity.lastIndexOf('/') + 1);
    }

    private static String step(String step, String deliverable) {
        return "{\"step\":\"" + step + "\",\"deliverable\":\"" + deliverable + "\",\"doneBy\":\"社法委\",\"doneOn\":\"" + today() + "\"}";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
