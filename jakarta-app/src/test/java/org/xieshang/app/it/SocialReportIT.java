package org.xieshang.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.json.JsonObject;
import java.net.URL;
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
 * Social-condition reports over REST on the running application, each party with its own demo account: a member's
 * report from draft through the office's editing, adoption and upward reports to a leader's instruction, with the
 * member's duty file credited; refusals on the way write nothing; and a proposal the office converts becomes a report
 * handed in by its lead member, in the change feed beside the proposal.
 */
@ExtendWith(ArquillianExtension.class)
class SocialReportIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application(Map.of());
    }

    @Test
    void a_members_report_goes_from_draft_through_editing_adoption_and_upward_reports_to_a_leaders_instruction() {
        Api member = new Api(base).as("member.demo");
        Api office = new Api(base).as("proposal.demo");
        Api leader = new Api(base).as("leader.demo");
        String city = office.cityCommitteeId();
        String me = firstMember(office, city);
        int year = today().getYear();

        Api.Reply drafted = member.post("api/v1/members/" + me + "/social-reports", draft("关于规范共享单车停放的建议"));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String id = drafted.json().getString("id");
        String report = "api/v1/social-reports/" + id;
        assertThat(drafted.json().getString("submitterId")).isEqualTo(me);
        assertThat(office.get(report).status()).as("a draft is its member's own").isEqualTo(404);
        Api.Reply submitted = member.post(report + "/submit", "", drafted.header("ETag"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().getString("status")).isEqualTo("SUBMITTED");

        Api.Reply early = office.post(report + "/adoption", "{}", submitted.header("ETag"));
        assertThat(early.status()).as("adopted before it is edited").isEqualTo(422);
        assertThat(early.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(early.json().getString("code")).isEqualTo("social-report.action.not-allowed");
        assertThat(member.post(report + "/edit", edit(), submitted.header("ETag")).status()).as("the member is not the office").isEqualTo(403);
        assertThat(office.get(report).header("ETag")).as("nothing written").isEqualTo(submitted.header("ETag"));

        Api.Reply edited = office.post(report + "/edit", edit(), submitted.header("ETag"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().getJsonObject("editing").getString("title")).isEqualTo("共享单车乱停放问题亟待治理");
        assertThat(edited.json().getString("title")).as("the member's own title is kept").isEqualTo("关于规范共享单车停放的建议");
        Api.Reply adopted = office.post(report + "/adoption", "{\"note\":\"编入《社情民意》第5期\"}", edited.header("ETag"));
        assertThat(adopted.json().getString("status")).isEqualTo("ADOPTED");
        Api.Reply province = office.post(report + "/upward-reports", "{\"recipient\":\"省政协\"}", adopted.header("ETag"));
        assertThat(province.json().getString("status")).isEqualTo("REPORTED_UPWARD");
        Api.Reply party = office.post(report + "/upward-reports", "{\"recipient\":\"市委办公室\"}", province.header("ETag"));
        Api.Reply twice = office.post(report + "/upward-reports", "{\"recipient\":\"省政协\"}", party.header("ETag"));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.json().getString("code")).isEqualTo("social-report.upward.twice");
        Api.Reply upper = office.post(report + "/upper-adoption", "{\"recipient\":\"省政协\",\"note\":\"省政协《社情民意》刊发\"}", party.header("ETag"));
        assertThat(upper.status()).as(upper.body()).isEqualTo(200);
        assertThat(upper.json().getJsonArray("upwardReports").getJsonObject(0).getBoolean("adopted")).isTrue();

        String instruction = "{\"leader\":\"市委书记 周明远\",\"text\":\"请市城管局会同交通局研究解决。\"}";
        assertThat(office.post(report + "/instructions", instruction, upper.header("ETag")).status()).as("the office instructs nothing")
                .isEqualTo(403);
        Api.Reply instructed = leader.post(report + "/instructions", instruction, upper.header("ETag"));
        assertThat(instructed.status()).as(instructed.body()).isEqualTo(200);
        assertThat(instructed.json().getString("status")).isEqualTo("INSTRUCTED");
        assertThat(instructed.json().getJsonArray("history").getValuesAs(JsonObject.class)).extracting(t -> t.getString("action"))
                .containsExactly("SUBMIT", "EDIT", "ADOPT", "REPORT_UPWARD", "REPORT_UPWARD", "RECORD_UPPER_ADOPTION", "RECORD_INSTRUCTION");
        assertThat(leader.post(report + "/instructions", instruction, upper.header("ETag")).status()).as("stale").isEqualTo(412);

        assertThat(member.get("api/v1/members/" + me + "/social-reports?year=" + year).body()).contains(id);
        assertThat(office.get("api/v1/committees/" + city + "/social-reports?year=" + year + "&status=INSTRUCTED").body()).contains(id);
        assertThat(office.get("api/v1/members/" + me + "/duty-file?year=" + year).json().getJsonArray("events").getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("sourceType").equals("SOCIAL_REPORT") && e.getString("sourceReference").equals(id))
                .extracting(e -> e.getString("kind"))
                .containsExactlyInAnyOrder("REPORT_SUBMITTED", "REPORT_ADOPTED", "REPORT_FORWARDED_UPWARD", "REPORT_INSTRUCTED");
    }

    @Test
    void a_converted_proposal_becomes_a_report_of_its_lead_member_and_a_withdrawn_report_leaves_a_tombstone_in_the_feed() {
        Api member = new Api(base).as("member.demo");
        Api office = new Api(base).as("proposal.demo");
        String city = office.cityCommitteeId();
        String me = firstMember(office, city);
        int year = today().getYear();
        Api.Reply proposal = member.post("api/v1/members/" + me + "/proposals", "{\"year\":" + year + ",\"origin\":\"BETWEEN_SESSIONS\","
                + "\"title\":\"关于河道垃圾清理的建议\",\"grounds\":\"部分河段垃圾堆积。\",\"suggestions\":\"一、定期清理；二、落实河长巡查。\","
                + "\"category\":\"ECOLOGY\"}");
        String path = "api/v1/proposals/" + proposal.json().getString("id");
        Api.Reply submitted = member.post(path + "/submit", "", proposal.header("ETag"));
        Api.Reply converted = office.post(path + "/convert", "{\"note\":\"更宜作为社情民意信息反映\"}", submitted.header("ETag"));
        assertThat(converted.status()).as(converted.body()).isEqualTo(200);
        assertThat(converted.json().getString("status")).isEqualTo("CONVERTED");

        JsonObject line = member.get("api/v1/members/" + me + "/social-reports?year=" + year).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(r -> proposal.json().getString("id").equals(r.getString("originProposalId", null)))
                .findFirst().orElseThrow();
        assertThat(line.getString("status")).isEqualTo("SUBMITTED");
        Api.Reply report = member.get("api/v1/social-reports/" + line.getString("id"));
        assertThat(report.json().getString("text")).isEqualTo("部分河段垃圾堆积。\n\n一、定期清理；二、落实河长巡查。");

        Api.Reply withdrawn = member.post("api/v1/social-reports/" + line.getString("id") + "/withdraw", "{\"note\":\"已另行反映\"}",
                report.header("ETag"));
        assertThat(withdrawn.json().getString("status")).isEqualTo("WITHDRAWN");
        List<JsonObject> changes = office.changes();
        assertThat(changes).filteredOn(c -> c.getString("id").equals(line.getString("id")))
                .extracting(c -> c.getString("type"), c -> c.getBoolean("removed"))
                .containsExactly(tuple("social-report", false), tuple("social-report", true));
    }

    private static String firstMember(Api office, String city) {
        return office.get("api/v1/committees/" + city + "/members?size=1&sort=code").json().getJsonArray("items").getJsonObject(0).getString("id");
    }

    /** @return the application's day: its clock runs on China Standard Time, ahead of the machine's UTC */
    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static String draft(String title) {
        return "{\"title\":\"" + title + "\",\"text\":\"地铁站周边共享单车占道停放，影响通行。建议划定停放区，落实企业调度责任。\",\"category\":\"URBAN_DEVELOPMENT\"}";
    }

    private static String edit() {
        return "{\"title\":\"共享单车乱停放问题亟待治理\",\"text\":\"地铁站周边共享单车占道停放严重。建议：一、划定停放区；二、落实企业调度责任。\","
                + "\"category\":\"URBAN_DEVELOPMENT\"}";
    }
}
