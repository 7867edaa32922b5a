package org.xieshang.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API on Payara Micro against Derby, as shipped: demo data, paging and filters, optimistic
 * locking through ETag / If-Match, and problem details for every kind of bad input, which writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class RestApiIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    @ArquillianResource
    private URL base;

    private Api api;
    private String cityId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void findCity() {
        api = new Api(base).as("registry.demo");
        cityId = api.cityCommitteeId();
    }

    @Test
    void health_and_the_openapi_document_answer() {
        // Health and OpenAPI belong to the server, at its root, whatever the application's context root.
        Api.Reply health = api.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("database");

        Api.Reply openapi = api.get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/committees/{committeeId}/members").contains("/api/v1/members/{id}/decisions");
    }

    @Test
    void the_demo_data_set_is_loaded_on_first_start() {
        JsonObject committees = api.get("api/v1/committees").json();
        assertThat(committees.getJsonNumber("totalElements").longValue()).isEqualTo(3);
        assertThat(cityId).isNotNull();

        long members = 0;
        for (JsonValue committee : committees.getJsonArray("items")) {
            members += api.get("api/v1/committees/" + committee.asJsonObject().getString("id") + "/members?size=1").json()
                    .getJsonNumber("totalElements").longValue();
        }
        assertThat(members).isBetween(280L, 320L);
    }

    @Test
    void the_member_list_pages_filters_and_sorts_and_caps_the_page_size() {
        String sectorId = firstSectorId();
        JsonObject page = api.get("api/v1/committees/" + cityId + "/members?term=9&sector=" + sectorId + "&size=5&sort=code,desc").json();

        JsonArray items = page.getJsonArray("items");
        assertThat(items).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(items).allSatisfy(item -> assertThat(item.asJsonObject().getJsonArray("memberships").stream()
                .map(JsonValue::asJsonObject).anyMatch(m -> m.getInt("termNumber") == 9 && m.getString("sectorId").equals(sectorId))).isTrue());
        List<String> codes = items.stream().map(i -> i.asJsonObject().getString("code")).toList();
        assertThat(codes).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        JsonObject standing = api.get("api/v1/committees/" + cityId + "/members?standing=true&term=9&size=100").json();
        assertThat(standing.getJsonArray("items")).allSatisfy(item -> assertThat(item.asJsonObject().getJsonArray("memberships").stream()
                .map(JsonValue::asJsonObject).anyMatch(m -> m.getInt("termNumber") == 9 && m.getBoolean("standing"))).isTrue());

        Api.Reply oversized = api.get("api/v1/committees/" + cityId + "/members?size=101");
        assertThat(oversized.status()).isEqualTo(400);
        assertThat(oversized.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(field(oversized)).isEqualTo("size");
    }

    @Test
    void reads_carry_an_etag_and_updates_need_a_current_if_match() {
        String memberId = firstMemberId();
        Api.Reply read = api.get("api/v1/members/" + memberId);
        String etag = read.header("ETag");
        assertThat(etag).isNotBlank();
        String update = Api.profileJson(read.json(), "更新后的单位");

        Api.Reply withoutIfMatch = api.put("api/v1/members/" + memberId, update, null);
        assertThat(withoutIfMatch.status()).isEqualTo(428);
        assertThat(withoutIfMatch.header("Content-Type")).startsWith(PROBLEM_JSON);

        Api.Reply updated = api.put("api/v1/members/" + memberId, update, etag);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().getString("workUnit")).isEqualTo("更新后的单位");
        assertThat(updated.header("ETag")).isNotEqualTo(etag);

        Api.Reply stale = api.put("api/v1/members/" + memberId, Api.profileJson(read.json(), "过期的修改"), etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(api.get("api/v1/members/" + memberId).json().getString("workUnit")).isEqualTo("更新后的单位");
    }

    @Test
    void invalid_members_are_refused_with_the_field_at_fault_and_nothing_is_written() {
        long before = memberCount();
        String sectorId = firstSectorId();

        Api.Reply missingName = api.post(membersPath(), newMember("IT-001", "", "11010519491231002X", sectorId));
        assertThat(missingName.status()).isEqualTo(400);
        assertThat(missingName.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(field(missingName)).isEqualTo("name");

        Api.Reply badCheckDigit = api.post(membersPath(), newMember("IT-002", "测试委员", "110105194912310021", sectorId));
        assertThat(badCheckDigit.status()).isEqualTo(422);
        assertThat(field(badCheckDigit)).isEqualTo("residentIdNumber");
        assertThat(badCheckDigit.json().getString("detail")).contains("校验码");

        Api.Reply unknownSector = api.post(membersPath(), newMember("IT-003", "测试委员", "11010519491231002X", "00000000-0000-0000-0000-000000000000"));
        assertThat(unknownSector.status()).isEqualTo(422);
        assertThat(field(unknownSector)).isEqualTo("sectorId");

        Api.Reply duplicateCode = api.post(membersPath(), newMember(existingCode(), "测试委员", "11010519491231002X", sectorId));
        assertThat(duplicateCode.status()).isEqualTo(409);
        assertThat(field(duplicateCode)).isEqualTo("code");

        Api.Reply unreadable = api.post(membersPath(), "{\"name\": ");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(unreadable.body()).doesNotContain("Exception").doesNotContain("at org.");

        assertThat(memberCount()).isEqualTo(before);

        Api.Reply created = api.post(membersPath(), newMember("IT-004", "测试委员", "11010519491231002X", sectorId));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/api/v1/members/");
        assertThat(created.json().getString("residentIdNumber")).isEqualTo("110***********002X");
        assertThat(memberCount()).isEqualTo(before + 1);
    }

    @Test
    void an_overlapping_term_and_a_standing_role_for_a_non_member_are_refused() {
        Api system = new Api(base).as("sysadmin.demo"); // terms are the system administrator's configuration
        Api.Reply committee = system.get("api/v1/committees/" + cityId);
        Api.Reply overlapping = system.post("api/v1/committees/" + cityId + "/terms",
                "{\"number\":10,\"startDate\":\"2026-06-01\",\"endDate\":\"2031-05-31\"}", committee.header("ETag"));
        assertThat(overlapping.status()).isEqualTo(422);
        assertThat(field(overlapping)).isEqualTo("startDate");
        assertThat(api.get("api/v1/committees/" + cityId).header("ETag")).isEqualTo(committee.header("ETag"));

        Api.Reply unappointed = api.post(membersPath(), "{\"code\":\"IT-NA\",\"name\":\"未任命\",\"gender\":\"FEMALE\",\"ethnicity\":\"HAN\","
                + "\"dateOfBirth\":\"1980-05-05\",\"party\":\"MASSES\",\"workUnit\":\"测试单位\"}");
        assertThat(unappointed.status()).isEqualTo(201);
        String id = unappointed.json().getString("id");
        Api.Reply standing = api.post("api/v1/members/" + id + "/decisions", "{\"kind\":\"STANDING_APPOINTMENT\",\"termNumber\":9,"
                + "\"decidedBy\":\"全体会议\",\"decidedOn\":\"2024-01-08\",\"grounds\":\"选举产生\"}", unappointed.header("ETag"));
        assertThat(standing.status()).isEqualTo(422);
        assertThat(standing.json().getString("code")).isEqualTo("member.not-in-term");
        assertThat(api.get("api/v1/members/" + id).json().getJsonArray("memberships")).isEmpty();
    }

    @Test
    void a_membership_decision_is_recorded_and_listed() {
        String memberId = firstMemberId();
        Api.Reply read = api.get("api/v1/members/" + memberId);
        int before = api.get("api/v1/members/" + memberId + "/decisions").structure().asJsonArray().size();

        Api.Reply missingGrounds = api.post("api/v1/members/" + memberId + "/decisions", "{\"kind\":\"RESIGNATION\",\"termNumber\":9,"
                + "\"decidedBy\":\"主席会议\",\"decidedOn\":\"2025-03-01\",\"grounds\":\"\"}", read.header("ETag"));
        assertThat(missingGrounds.status()).isEqualTo(400);
        assertThat(field(missingGrounds)).isEqualTo("grounds");

        Api.Reply resigned = api.post("api/v1/members/" + memberId + "/decisions", "{\"kind\":\"RESIGNATION\",\"termNumber\":9,"
                + "\"decidedBy\":\"主席会议\",\"decidedOn\":\"2025-03-01\",\"grounds\":\"本人申请\"}", read.header("ETag"));
        assertThat(resigned.status()).isEqualTo(201);
        assertThat(resigned.json().getJsonArray("memberships").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getInt("termNumber") == 9).findFirst().orElseThrow().getString("status")).isEqualTo("RESIGNED");
        assertThat(api.get("api/v1/members/" + memberId + "/decisions").structure().asJsonArray()).hasSize(before + 1);
    }

    private String membersPath() {
        return "api/v1/committees/" + cityId + "/members";
    }

    private long memberCount() {
        return api.get(membersPath() + "?size=1").json().getJsonNumber("totalElements").longValue();
    }

    private String firstSectorId() {
        return api.get("api/v1/committees/" + cityId + "/sectors?size=1").json().getJsonArray("items").getJsonObject(0).getString("id");
    }

    private String firstMemberId() {
        return api.get(membersPath() + "?term=9&current=true&size=1&sort=code").json().getJsonArray("items").getJsonObject(0).getString("id");
    }

    private String existingCode() {
        return api.get(membersPath() + "?size=1&sort=code").json().getJsonArray("items").getJsonObject(0).getString("code");
    }

    private static String field(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static String newMember(String code, String name, String residentId, String sectorId) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"gender\":\"FEMALE\",\"ethnicity\":\"HAN\",\"dateOfBirth\":\"1949-12-31\","
                + "\"party\":\"CDL\",\"residentIdNumber\":\"" + residentId + "\",\"workUnit\":\"测试单位\",\"appointment\":{\"termNumber\":9,"
                + "\"sectorId\":\"" + sectorId + "\",\"decidedBy\":\"常务委员会会议\",\"decidedOn\":\"2024-01-05\",\"grounds\":\"协商产生\"}}";
    }

    /** The member's profile as an update request with another work unit; masked numbers are left out, so they stay. */
}
