package org.xieshang.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The security controls through the API, on the shipped application with its demo accounts: lockout, second
 * factor, committee tenancy, members' own records, handling units, mass assignment, masking, the audit trail
 * and its chain, separated administrator duties, security headers and rate limits.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityIT {

    @ArquillianResource
    private URL base;

    private Api anonymous;
    private Api registry;
    private String cityId;
    private String countyId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application(Map.of("xieshang.security.sign-ins-per-minute", "40"));
    }

    @BeforeEach
    void accounts() {
        anonymous = new Api(base);
        registry = anonymous.as("registry.demo");
        cityId = registry.cityCommitteeId();
        countyId = registry.get("api/v1/committees").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(c -> "COUNTY".equals(c.getString("level"))).map(c -> c.getString("id")).sorted().findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void five_wrong_passwords_lock_the_account_for_everyone_and_the_lockout_is_audited() {
        for (int i = 1; i <= 4; i++) {
            assertThat(anonymous.tokenFor("dutyfile.demo", "wrong" + i, null).json().getString("code")).isEqualTo("auth.refused.bad-credentials");
        }
        assertThat(anonymous.tokenFor("dutyfile.demo", "wrong5", null).json().getString("code")).isEqualTo("auth.refused.locked");

        Api.Reply rightPassword = anonymous.tokenFor("dutyfile.demo", Api.DEMO_PASSWORD, null);
        assertThat(rightPassword.status()).isEqualTo(401);
        assertThat(rightPassword.json().getString("code")).isEqualTo("auth.refused.locked");
        List<JsonObject> trail = audit("actor=dutyfile.demo");
        assertThat(trail).extracting(r -> r.getString("action")).contains("ACCOUNT_LOCKED", "SIGN_IN_FAILED").doesNotContain("SIGN_IN");
    }

    @Test
    @Order(2)
    void administrators_need_a_fresh_one_time_code() {
        assertThat(anonymous.tokenFor("secadmin.demo", Api.DEMO_PASSWORD, null).json().getString("code"))
                .isEqualTo("auth.refused.second-factor-required");
        assertThat(anonymous.tokenFor("secadmin.demo", Api.DEMO_PASSWORD, "000000".equals(Api.currentCode(Api.DEMO_ADMIN_KEY)) ? "111111" : "000000")
                .json().getString("code")).isEqualTo("auth.refused.second-factor-invalid");
        String code = Api.currentCode(Api.DEMO_ADMIN_KEY);
        Api.Reply first = anonymous.tokenFor("secadmin.demo", Api.DEMO_PASSWORD, code);
        if (first.status() == 401) { // the step turned between reading and sending the code
            code = Api.currentCode(Api.DEMO_ADMIN_KEY);
            first = anonymous.tokenFor("secadmin.demo", Api.DEMO_PASSWORD, code);
        }
        assertThat(first.status()).isEqualTo(200);
        assertThat(anonymous.tokenFor("secadmin.demo", Api.DEMO_PASSWORD, code).json().getString("code"))
                .as("a code is accepted once").isEqualTo("auth.refused.second-factor-invalid");
    }

    @Test
    void a_county_reads_and_changes_nothing_of_another_committee_and_the_city_reads_but_does_not_change_its_counties() {
        Api county = anonymous.as("registry.county.demo");
        String cityMember = firstMember(registry, cityId).getString("id");
        String countyMember = firstMember(registry, countyId).getString("id");

        assertThat(county.get("api/v1/committees/" + cityId + "/members").status()).isEqualTo(403);
        assertThat(county.get("api/v1/members/" + cityMember).status()).isEqualTo(403);
        assertThat(county.get("api/v1/committees").json().getJsonArray("items")).hasSize(1);
        assertThat(registry.get("api/v1/committees/" + countyId + "/members").status()).isEqualTo(200);
        Api.Reply countyRead = registry.get("api/v1/members/" + countyMember);
        assertThat(countyRead.status()).isEqualTo(200);
        Api.Reply change = registry.put("api/v1/members/" + countyMember, Api.profileJson(countyRead.json(), "市里改的"), countyRead.header("ETag"));
        assertThat(change.status()).isEqualTo(403);
        assertThat(change.header("Content-Type")).startsWith("application/problem+json");
        assertThat(change.json().getString("code")).isEqualTo("access.other-committee");
        assertThat(audit("action=ACCESS_DENIED&actor=registry.demo")).isNotEmpty();
    }

    @Test
    void a_member_sees_only_their_own_record_and_its_personal_numbers() {
        Api member = anonymous.as("member.demo");
        List<JsonObject> two = registry.get("api/v1/committees/" + cityId + "/members?size=2&sort=code").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        String own = two.get(0).getString("id");
        String other = two.get(1).getString("id");

        assertThat(member.get("api/v1/members/" + own).status()).isEqualTo(200);
        assertThat(member.get("api/v1/members/" + own + "/personal-data").status()).isEqualTo(200);
        assertThat(member.get("api/v1/members/" + other).status()).isEqualTo(403);
        assertThat(member.get("api/v1/members/" + other + "/personal-data").status()).isEqualTo(403);
        assertThat(member.get("api/v1/committees/" + cityId + "/members").status()).isEqualTo(403);
        assertThat(member.get("api/v1/members/" + own + "/decisions").status()).isEqualTo(200);
        assertThat(member.post("api/v1/members/" + own + "/decisions", "{}", "\"1\"").status()).isEqualTo(403);
    }

    @Test
    void a_handling_unit_sees_nothing_of_the_registry() {
        Api unit = anonymous.as("unit.demo");
        String member = firstMember(registry, cityId).getString("id");

        assertThat(unit.get("api/v1/committees/" + cityId + "/members").status()).isEqualTo(403);
        assertThat(unit.get("api/v1/members/" + member).status()).isEqualTo(403);
        assertThat(unit.get("api/v1/committees/" + cityId + "/sectors").status()).isEqualTo(403);
        assertThat(unit.get("api/v1/committees/" + cityId + "/members?size=1").status()).isEqualTo(403);
        assertThat(unit.get("api/v1/committees/" + cityId).status()).isEqualTo(200);
    }

    @Test
    void server_owned_fields_in_a_request_are_refused_and_nothing_is_stored() {
        long before = registry.get("api/v1/committees/" + cityId + "/members?size=1").json().getJsonNumber("totalElements").longValue();
        String body = "{\"code\":\"MA-1\",\"name\":\"赵敏\",\"gender\":\"FEMALE\",\"ethnicity\":\"HAN\",\"dateOfBirth\":\"1980-01-01\","
                + "\"party\":\"MASSES\",\"workUnit\":\"某单位\",\"status\":\"ACTIVE\",\"committeeId\":\"" + countyId + "\"}";

        Api.Reply refused = registry.post("api/v1/committees/" + cityId + "/members", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("code")).isEqualTo("body.unknown-field");
        assertThat(registry.get("api/v1/committees/" + cityId + "/members?size=1").json().getJsonNumber("totalElements").longValue()).isEqualTo(before);
        JsonObject read = firstMember(registry, cityId);
        String withId = Api.profileJson(read, read.getString("workUnit")).replaceFirst("\\{", "{\"id\":\"" + java.util.UUID.randomUUID() + "\",");
        Api.Reply readFull = registry.get("api/v1/members/" + read.getString("id"));
        assertThat(registry.put("api/v1/members/" + read.getString("id"), withId, readFull.header("ETag")).status()).isEqualTo(400);
    }

    @Test
    void personal_numbers_are_masked_unless_the_role_may_see_them_and_every_full_read_is_audited() {
        Api leader = anonymous.as("leader.demo");
        String id = firstMember(registry, cityId).getString("id");
        JsonObject masked = registry.get("api/v1/members/" + id).json();

        assertThat(masked.getString("residentIdNumber")).matches("\\d{3}\\*{11}[0-9X]{4}");
        assertThat(masked.getString("mobile")).matches("\\d{3}\\*{4}\\d{4}");
        assertThat(leader.get("api/v1/members/" + id).json().getString("residentIdNumber")).contains("*");
        assertThat(leader.get("api/v1/members/" + id + "/personal-data").status()).isEqualTo(403);
        JsonObject full = registry.get("api/v1/members/" + id + "/personal-data").json();
        assertThat(full.getString("residentIdNumber")).matches("\\d{17}[0-9X]");
        assertThat(audit("action=PERSONAL_DATA_READ&actor=registry.demo&entityId=" + id)).singleElement()
                .satisfies(r -> assertThat(r.getString("actor")).isEqualTo("registry.demo"));
        JsonObject byNumber = registry.get("api/v1/committees/" + cityId + "/members?residentIdNumber=" + full.getString("residentIdNumber")).json();
        assertThat(byNumber.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(m -> m.getString("id")).containsExactly(id);
        assertThat(leader.get("api/v1/committees/" + cityId + "/members?residentIdNumber=" + full.getString("residentIdNumber")).status())
                .as("confirming a full number is a full read").isEqualTo(403);
    }

    @Test
    void every_change_is_audited_with_before_and_after_and_the_chain_verifies() {
        JsonObject member = firstMember(registry, cityId);
        String id = member.getString("id");
        Api.Reply read = registry.get("api/v1/members/" + id);
        assertThat(registry.put("api/v1/members/" + id, Api.profileJson(read.json(), "审计测试单位"), read.header("ETag")).status()).isEqualTo(200);

        JsonObject record = audit("action=UPDATE&entityType=member&entityId=" + id).get(0);
        assertThat(record.getString("actor")).isEqualTo("registry.demo");
        assertThat(record.getString("clientAddress")).isNotBlank();
        assertThat(record.getString("occurredAt")).endsWith("Z");
        assertThat(record.getJsonArray("changes").getValuesAs(JsonObject.class)).anySatisfy(change -> {
            assertThat(change.getString("field")).isEqualTo("workUnit");
            assertThat(change.getString("before")).isEqualTo(read.json().getString("workUnit"));
            assertThat(change.getString("after")).isEqualTo("审计测试单位");
        });
        JsonObject verification = anonymous.as("auditadmin.demo").get("api/v1/audit/verification").json();
        assertThat(verification.getString("problem")).isEqualTo("NONE");
        assertThat(verification.getJsonNumber("recordsChecked").longValue()).isGreaterThan(10);
        Api.Reply export = anonymous.as("auditadmin.demo").send(anonymous.as("auditadmin.demo").request("api/v1/audit/export?action=UPDATE")
                .header("Accept", "text/csv").GET());
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).startsWith("\ufeffsequence,occurredAtUtc").contains("审计测试单位");
        assertThat(audit("action=EXPORT")).isNotEmpty();
    }

    @Test
    void the_three_administrators_cannot_do_each_others_or_the_clerks_work() {
        Api auditor = anonymous.as("auditadmin.demo");
        Api system = anonymous.as("sysadmin.demo");

        assertThat(registry.get("api/v1/audit").status()).isEqualTo(403);
        assertThat(system.get("api/v1/audit").status()).isEqualTo(403);
        assertThat(auditor.get("api/v1/committees/" + cityId + "/members").status()).isEqualTo(403);
        assertThat(system.get("api/v1/committees/" + cityId + "/members").status()).isEqualTo(403);
        assertThat(auditor.put("api/v1/committees/" + cityId, "{}", "\"1\"").status()).isEqualTo(403);
        assertThat(system.get("api/v1/committees/" + cityId).status()).isEqualTo(200);
    }

    @Test
    void responses_carry_security_headers_and_refusals_say_nothing_of_internals() {
        Api.Reply unauthenticated = anonymous.get("api/v1/committees");
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unauthenticated.json().getString("detail")).isEqualTo("请先登录");
        for (Api.Reply reply : List.of(unauthenticated, registry.get("api/v1/committees"))) {
            assertThat(reply.header("Strict-Transport-Security")).contains("max-age=");
            assertThat(reply.header("Content-Security-Policy")).contains("object-src 'none'").contains("frame-ancestors 'none'");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
        Api.Reply forged = anonymous.send(anonymous.request("api/v1/committees").header("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30.").GET());
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void the_security_administrator_opens_accounts_with_one_time_passwords_but_no_administrators() {
        Api security = anonymous.as("secadmin.demo");
        String body = "{\"username\":\"clerk.new\",\"displayName\":\"新办事员\",\"roles\":[\"PROPOSAL_OFFICE\"]}";

        Api.Reply opened = security.post("api/v1/committees/" + cityId + "/users", body);

        assertThat(opened.status()).isEqualTo(201);
        String oneTime = opened.json().getString("oneTimePassword");
        assertThat(oneTime).hasSize(16);
        assertThat(opened.json().getJsonObject("user").getJsonArray("roles").getString(0)).isEqualTo("PROPOSAL_OFFICE");
        Api.Reply firstToken = anonymous.tokenFor("clerk.new", oneTime, null);
        assertThat(firstToken.status()).isEqualTo(403);
        assertThat(firstToken.json().getString("code")).isEqualTo("auth.pending-steps");
        Api.Reply admin = security.post("api/v1/committees/" + cityId + "/users",
                "{\"username\":\"auditor.two\",\"displayName\":\"审计二\",\"roles\":[\"AUDIT_ADMINISTRATOR\"]}");
        assertThat(admin.status()).isEqualTo(422);
        assertThat(admin.json().getString("code")).isEqualTo("user.roles.administrator-reserved");
        assertThat(registry.post("api/v1/committees/" + cityId + "/users", body.replace("clerk.new", "clerk.other")).status()).isEqualTo(403);
        assertThat(audit("action=CREATE&entityType=user")).anySatisfy(r -> assertThat(r.getString("actor")).isEqualTo("secadmin.demo"));
    }

    @Test
    void a_committee_adjusts_its_permission_map_within_the_separation_of_duties() {
        Api security = anonymous.as("secadmin.demo");
        Api leader = anonymous.as("leader.demo");
        String member = firstMember(registry, cityId).getString("id");
        assertThat(leader.get("api/v1/members/" + member + "/personal-data").status()).isEqualTo(403);
        Api.Reply map = security.get("api/v1/committees/" + cityId + "/permissions");
        String leaderGrants = "{\"grants\":[{\"permission\":\"COMMITTEE_READ\",\"reach\":\"COMMITTEE\"},{\"permission\":\"MEMBER_READ\",\"reach\":\"COMMITTEE\"},"
                + "{\"permission\":\"PERSONAL_DATA_UNMASKED\",\"reach\":\"COMMITTEE\"}]}";

        Api.Reply changed = security.put("api/v1/committees/" + cityId + "/permissions/LEADER", leaderGrants, map.header("ETag"));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(leader.get("api/v1/members/" + member + "/personal-data").status()).isEqualTo(200);
        Api.Reply merged = security.put("api/v1/committees/" + cityId + "/permissions/SYSTEM_ADMINISTRATOR",
                "{\"grants\":[{\"permission\":\"AUDIT_READ\",\"reach\":\"COMMITTEE\"}]}", changed.header("ETag"));
        assertThat(merged.status()).isEqualTo(422);
        assertThat(merged.json().getString("code")).isEqualTo("permission-map.administrator-fixed");
        Api.Reply leaderAuditing = security.put("api/v1/committees/" + cityId + "/permissions/LEADER",
                "{\"grants\":[{\"permission\":\"AUDIT_READ\",\"reach\":\"COMMITTEE\"}]}", changed.header("ETag"));
        assertThat(leaderAuditing.json().getString("code")).isEqualTo("permission-map.separation-of-duties");
        assertThat(security.put("api/v1/committees/" + cityId + "/permissions/LEADER", leaderGrants, map.header("ETag")).status()).isEqualTo(412);
        assertThat(audit("entityType=permission-map")).isNotEmpty();
        String defaults = "{\"grants\":" + map.json().getJsonArray("LEADER") + "}";
        assertThat(security.put("api/v1/committees/" + cityId + "/permissions/LEADER", defaults, changed.header("ETag")).status()).isEqualTo(200);
        assertThat(leader.get("api/v1/members/" + member + "/personal-data").status()).isEqualTo(403);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void too_many_sign_in_attempts_from_one_address_are_slowed_down() {
        Api.Reply last = null;
        for (int i = 0; i < 45 && (last == null || last.status() != 429); i++) {
            last = anonymous.tokenFor("nobody", "wrong", null);
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotNull();
        assertThat(last.json().getString("code")).isEqualTo("rate.limited");
    }

    private JsonObject firstMember(Api api, String committeeId) {
        return api.get("api/v1/committees/" + committeeId + "/members?size=1&sort=code").json().getJsonArray("items").getJsonObject(0);
    }

    private List<JsonObject> audit(String query) {
        return anonymous.as("auditadmin.demo").get("api/v1/audit?size=100&" + query).json().getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
