package org.xieshang.app.it;

import jakarta.json.JsonValue;
import java.time.LocalDate;

/** Social-condition reports the tests look up through the API, as the information office reads the register. */
final class SocialReportFixtures {

    private SocialReportFixtures() {
    }

    /**
     * @param office an account of the city committee's office
     * @param title  the title of a report handed in this year and not yet edited
     * @return its id
     */
    static String submitted(Api office, String title) {
        int year = LocalDate.now(ProposalFixtures.ZONE).getYear();
        return office.get("api/v1/committees/" + office.cityCommitteeId() + "/social-reports?year=" + year + "&status=SUBMITTED&size=100").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).filter(r -> title.equals(r.getString("title"))).findFirst().orElseThrow()
                .getString("id");
    }
}
