package org.xieshang.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The consultation plan's REST path on the running application: drafting, topics, screening, approval, publication. */
@ExtendWith(ArquillianExtension.class)
class ConsultationIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
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
