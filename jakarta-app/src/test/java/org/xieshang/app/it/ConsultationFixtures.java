package org.xieshang.app.it;

import static org.assertj.core.api.Assertions.assertThat;

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
}
