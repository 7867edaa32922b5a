package org.xieshang.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xieshang.domain.security.Permission.AUDIT_EXPORT;
import static org.xieshang.domain.security.Permission.AUDIT_READ;
import static org.xieshang.domain.security.Permission.COMMITTEE_MANAGE;
import static org.xieshang.domain.security.Permission.COMMITTEE_READ;
import static org.xieshang.domain.security.Permission.CONSULTATION_MANAGE;
import static org.xieshang.domain.security.Permission.CONSULTATION_READ;
import static org.xieshang.domain.security.Permission.DUTY_ASSESSMENT_MANAGE;
import static org.xieshang.domain.security.Permission.DUTY_FILE_MANAGE;
import static org.xieshang.domain.security.Permission.DUTY_FILE_READ;
import static org.xieshang.domain.security.Permission.DUTY_SELF_SERVICE;
import static org.xieshang.domain.security.Permission.LEADER_INSTRUCT;
import static org.xieshang.domain.security.Permission.MEMBERSHIP_DECIDE;
import static org.xieshang.domain.security.Permission.MEMBER_PROFILE_EDIT;
import static org.xieshang.domain.security.Permission.MEMBER_READ;
import static org.xieshang.domain.security.Permission.MEMBER_REGISTER;
import static org.xieshang.domain.security.Permission.ORGANISATION_MANAGE;
import static org.xieshang.domain.security.Permission.ORGANISATION_READ;
import static org.xieshang.domain.security.Permission.PERMISSION_MAP_MANAGE;
import static org.xieshang.domain.security.Permission.PERSONAL_DATA_UNMASKED;
import static org.xieshang.domain.security.Permission.PROPOSAL_HANDLE;
import static org.xieshang.domain.security.Permission.PROPOSAL_MANAGE;
import static org.xieshang.domain.security.Permission.PROPOSAL_READ;
import static org.xieshang.domain.security.Permission.PROPOSAL_SUBMIT;
import static org.xieshang.domain.security.Permission.USER_MANAGE;
import static org.xieshang.domain.security.Permission.USER_READ;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xieshang.domain.security.Duty;
import org.xieshang.domain.security.Grant;
import org.xieshang.domain.security.Permission;
import org.xieshang.domain.security.PermissionMap;
import org.xieshang.domain.security.Role;

/**
 * Every endpoint of the OpenAPI document × every role × the user's own committee and another one: the
 * answer must be 403 exactly when this test's own table of endpoint rules, read with the default permission
 * map, says so. An endpoint the table does not know fails the test, so a new endpoint needs a rule here.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    /** What an endpoint's record belongs to; UNIT: a handling unit's own record, which the unit's account may read. */
    enum Scope { COMMITTEE, MEMBER, UNIT, OWN_COMMITTEE, PUBLIC }

    record Rule(Permission permission, Scope scope) {
    }

    /** The independent oracle: endpoint → permission and the record it acts on. */
    static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        rule("GET /api/v1/committees", null, Scope.PUBLIC); // lists what the user may read
        rule("POST /api/v1/committees", null, Scope.PUBLIC); // the service checks COMMITTEE_MANAGE on the parent in the body
        rule("GET /api/v1/committees/{id}", COMMITTEE_READ, Scope.COMMITTEE);
        rule("PUT /api/v1/committees/{id}", COMMITTEE_MANAGE, Scope.COMMITTEE);
        rule("POST /api/v1/committees/{id}/terms", COMMITTEE_MANAGE, Scope.COMMITTEE);
        rule("PUT /api/v1/committees/{id}/terms/{number}", COMMITTEE_MANAGE, Scope.COMMITTEE);
        rule("POST /api/v1/committees/{id}/terms/{number}/sessions", COMMITTEE_MANAGE, Scope.COMMITTEE);
        rule("GET /api/v1/committees/{committeeId}/members", MEMBER_READ, Scope.COMMITTEE);
        rule("POST /api/v1/committees/{committeeId}/members", MEMBER_REGISTER, Scope.COMMITTEE);
        for (String list : List.of("sectors", "sector-groups", "special-committees", "liaison-groups", "workstations")) {
            rule("GET /api/v1/committees/{committeeId}/" + list, ORGANISATION_READ, Scope.COMMITTEE);
            rule("POST /api/v1/committees/{committeeId}/" + list, ORGANISATION_MANAGE, Scope.COMMITTEE);
            rule("GET /api/v1/" + list + "/{id}", ORGANISATION_READ, Scope.COMMITTEE);
            rule("PUT /api/v1/" + list + "/{id}", ORGANISATION_MANAGE, Scope.COMMITTEE);
        }
        rule("POST /api/v1/committees/{committeeId}/sectors/preset", ORGANISATION_MANAGE, Scope.COMMITTEE);
        rule("GET /api/v1/committees/{committeeId}/handling-units", PROPOSAL_READ, Scope.COMMITTEE);
        rule("POST /api/v1/committees/{committeeId}/handling-units", PROPOSAL_MANAGE, Scope.COMMITTEE);
        rule("GET /api/v1/handling-units/{id}", PROPOSAL_READ, Scope.UNIT);
        rule("PUT /api/v1/handling-units/{id}", PROPOSAL_MANAGE, Scope.UNIT);
        rule("POST /api/v1/handling-units/{id}/deactivate", PROPOSAL_MANAGE, Scope.UNIT);
        rule("POST /api/v1/handling-units/{id}/reactivate", PROPOSAL_MANAGE, Scope.UNIT);
        rule("POST /api/v1/liaison-groups/{id}/members", ORGANISATION_MANAGE, Scope.COMMITTEE);
        rule("DELETE /api/v1/liaison-groups/{id}/members/{memberId}", ORGANISATION_MANAGE, Scope.COMMITTEE);
        rule("POST /api/v1/workstations/{id}/postings", ORGANISATION_MANAGE, Scope.COMMITTEE);
        rule("DELETE /api/v1/workstations/{id}/postings/{memberId}", ORGANISATION_MANAGE, Scope.COMMITTEE);
        rule("GET /api/v1/members/{id}", MEMBER_READ, Scope.MEMBER);
        rule("PUT /api/v1/members/{id}", MEMBER_PROFILE_EDIT, Scope.MEMBER);
        rule("GET /api/v1/members/{id}/decisions", MEMBER_READ, Scope.MEMBER);
        rule("POST /api/v1/members/{id}/decisions", MEMBERSHIP_DECIDE, Scope.MEMBER);
        rule("GET /api/v1/members/{id}/personal-data", PERSONAL_DATA_UNMASKED, Scope.MEMBER);
        rule("GET /api/v1/audit", AUDIT_READ, Scope.OWN_COMMITTEE);
        rule("GET /api/v1/audit/verification", AUDIT_READ, Scope.OWN_COMMITTEE);
        rule("GET /api/v1/audit/export", AUDIT_EXPORT, Scope.OWN_COMMITTEE);
        rule("GET /api/v1/committees/{committeeId}/users", USER_READ, Scope.COMMITTEE);
        rule("POST /api/v1/committees/{committeeId}/users", USER_MANAGE, Scope.COMMITTEE);
        rule("GET /api/v1/users/{id}", USER_READ, Scope.COMMITTEE);
        for (String action : List.of("password-reset", "unlock", "enable", "disable", "second-factor-reset")) {
            rule("POST /api/v1/users/{id}/" + action, USER_MANAGE, Scope.COMMITTEE);
        }
        rule("PUT /api/v1/users/{id}/roles", USER_MANAGE, Scope.COMMITTEE);
        rule("GET /api/v1/committees/{committeeId}/permissions", PERMISSION_MAP_MANAGE, Scope.COMMITTEE);
        rule("PUT /api/v1/committees/{committeeId}/permissions/{role}", PERMISSION_MAP_MANAGE, Scope.COMMITTEE);
        rule("GET /api/v1/committees/{committeeId}/activities", DUTY_FILE_READ, Scope.COMMITTEE);
        rule("POST /api/v1/committees/{committeeId}/activities", DUTY_FILE_MANAGE, Scope.COMMITTEE);
        rule("GET /api/v1/committees/{committeeId}/activities/leave-requests", DUTY_FILE_READ, Scope.COMMITTEE);
        rule("GET /api/v1/activities/{id}", DUTY_FILE_READ, Scope.COMMITTEE);
        rule("PUT /api/v1/activities/{id}", DUTY_FILE_MANAGE, Scope.COMMITTEE);
        rule("POST /api/v1/activities/{id}/invitations", DUTY_FILE_MANAGE, Scope.COMMITTEE);
        rule("PUT /api/v1/activities/{id}/attendance", DUTY_FILE_MANAGE, Scope.COMMITTEE);
        rule("PUT /api/v1/activities/{id}/leave-requests/{memberId}", DUTY_FILE_MANAGE, Scope.COMMITTEE);
        rule("GET /api/v1/members/{id}/duty-file", DUTY_FILE_READ, Scope.MEMBER);
        rule("POST /api/v1/members/{id}/duty-events", DUTY_FILE_MANAGE, Scope.MEMBER);
        rule("GET /api/v1/members/{id}/activities", DUTY_FILE_READ, Scope.MEMBER);
        rule("POST /api/v1/members/{id}/leave-requests", DUTY_FILE_READ, Scope.MEMBER); // the service then wants the member themself or staff
        rule("GET /api/v1/members/{id}/duty-reports", DUTY_FILE_READ, Scope.MEMBER);
        rule("PUT /api/v1/members/{id}/duty-reports", DUTY_SELF_SERVICE, Scope.MEMBER);
        rule("DELETE /api/v1/duty-events/{id}", DUTY_FILE_MANAGE, Scope.COMMITTEE); // an attendance record: refused as not entered by hand
        rule("GET /api/v1/findings/{id}", DUTY_FILE_READ, Scope.COMMITTEE);
        rule("PUT /api/v1/findings/{id}/decision", DUTY_ASSESSMENT_MANAGE, Scope.COMMITTEE);
        rule("GET /api/v1/duty-reports/{id}", DUTY_FILE_READ, Scope.COMMITTEE); // another member's report
        rule("POST /api/v1/duty-reports/{id}/submission", DUTY_SELF_SERVICE, Scope.COMMITTEE);
        rule("PUT /api/v1/duty-reports/{id}/review", DUTY_FILE_MANAGE, Scope.COMMITTEE);
        rule("GET /api/v1/committees/{committeeId}/duty-reports", DUTY_FILE_READ, Scope.COMMITTEE);
        for (String read : List.of("schemes/{year}", "scores/{year}", "policy", "findings")) {
            rule("GET /api/v1/committees/{committeeId}/assessment/" + read, DUTY_FILE_READ, Scope.COMMITTEE);
        }
        rule("PUT /api/v1/committees/{committeeId}/assessment/schemes/{year}", DUTY_ASSESSMENT_MANAGE, Scope.COMMITTEE);
        rule("POST /api/v1/committees/{committeeId}/assessment/schemes/{year}/preview", DUTY_ASSESSMENT_MANAGE, Scope.COMMITTEE);
        rule("PUT /api/v1/committees/{committeeId}/assessment/policy", DUTY_ASSESSMENT_MANAGE, Scope.COMMITTEE);
        rule("POST /api/v1/committees/{committeeId}/assessment/evaluations", DUTY_ASSESSMENT_MANAGE, Scope.COMMITTEE);
        for (String statistics : List.of("quarterly", "quarterly.xlsx", "annual", "annual.xlsx", "ranking", "ranking.xlsx", "term")) {
            rule("GET /api/v1/committees/{committeeId}/statistics/" + statistics, DUTY_FILE_READ, Scope.COMMITTEE);
        }
        rule("GET /api/v1/committees/{committeeId}/consultation-plans/{year}", CONSULTATION_READ, Scope.COMMITTEE);
        for (String change : List.of("", "/topics", "/screenings", "/submission", "/return", "/approval", "/publication", "/amendments",
                "/withdrawals", "/public-submissions/{receipt}/adoption", "/public-submissions/{receipt}/decline")) {
            rule("POST /api/v1/committees/{committeeId}/consultation-plans/{year}" + change, CONSULTATION_MANAGE, Scope.COMMITTEE);
        }
        rule("PUT /api/v1/committees/{committeeId}/consultation-plans/{year}/topics/{topicId}", CONSULTATION_MANAGE, Scope.COMMITTEE);
        rule("DELETE /api/v1/committees/{committeeId}/consultation-plans/{year}/topics/{topicId}", CONSULTATION_MANAGE, Scope.COMMITTEE);
        rule("PUT /api/v1/committees/{committeeId}/consultation-plans/{year}/public-call", CONSULTATION_MANAGE, Scope.COMMITTEE);
        rule("GET /api/v1/committees/{committeeId}/consultation-plans/{year}/public-submissions", CONSULTATION_READ, Scope.COMMITTEE);
        rule("GET /api/v1/committees/{committeeId}/consultation-plans/{year}/meetings.ics", CONSULTATION_READ, Scope.COMMITTEE);
        rule("GET /api/v1/committees/{committeeId}/screening-catalogue", CONSULTATION_READ, Scope.COMMITTEE);
        rule("PUT /api/v1/committees/{committeeId}/screening-catalogue", CONSULTATION_MANAGE, Scope.COMMITTEE);
        rule("GET /api/v1/committees/{committeeId}/consultation-activities", CONSULTATION_READ, Scope.COMMITTEE);
        rule("POST /api/v1/committees/{committeeId}/consultation-activities", CONSULTATION_MANAGE, Scope.COMMITTEE);
        rule("GET /api/v1/consultation-activities/{id}", CONSULTATION_READ, Scope.COMMITTEE);
        rule("GET /api/v1/consultation-activities/{id}/three-before", CONSULTATION_READ, Scope.COMMITTEE);
        rule("GET /api/v1/consultation-activities/{id}/steps/{step}/attachment", CONSULTATION_READ, Scope.COMMITTEE);
        for (String change : List.of("participants", "meeting", "steps", "outcome", "attachments")) {
            rule("POST /api/v1/consultation-activities/{id}/" + change, CONSULTATION_MANAGE, Scope.COMMITTEE);
        }
        rule("GET /api/v1/committees/{committeeId}/working-calendar", COMMITTEE_READ, Scope.COMMITTEE);
        rule("GET /api/v1/committees/{committeeId}/working-calendar/{year}", COMMITTEE_READ, Scope.COMMITTEE);
        rule("PUT /api/v1/committees/{committeeId}/working-calendar/{year}", PROPOSAL_MANAGE, Scope.COMMITTEE);
        rule("DELETE /api/v1/committees/{committeeId}/working-calendar/{year}", PROPOSAL_MANAGE, Scope.COMMITTEE);
        rule("GET /api/v1/committees/{committeeId}/proposals", PROPOSAL_READ, Scope.COMMITTEE);
        rule("POST /api/v1/committees/{committeeId}/proposals", PROPOSAL_SUBMIT, Scope.COMMITTEE);
        rule("POST /api/v1/committees/{committeeId}/proposals/bundles", PROPOSAL_MANAGE, Scope.COMMITTEE);
        rule("GET /api/v1/committees/{committeeId}/proposals/alerts", PROPOSAL_READ, Scope.COMMITTEE);
        rule("GET /api/v1/committees/{committeeId}/proposals/statistics", PROPOSAL_READ, Scope.COMMITTEE);
        // The workbooks read what the JSON register and statistics read.
        rule("GET /api/v1/committees/{committeeId}/proposals/register.xlsx", PROPOSAL_READ, Scope.COMMITTEE);
        rule("GET /api/v1/committees/{committeeId}/proposals/statistics.xlsx", PROPOSAL_READ, Scope.COMMITTEE);
        rule("GET /api/v1/members/{id}/proposals", PROPOSAL_READ, Scope.MEMBER);
        rule("POST /api/v1/members/{id}/proposals", PROPOSAL_SUBMIT, Scope.MEMBER);
        rule("GET /api/v1/handling-units/{id}/proposals", PROPOSAL_READ, Scope.UNIT);
        rule("GET /api/v1/handling-units/{id}/changes", PROPOSAL_READ, Scope.UNIT);
        // The fixture proposal is neither the demo member's nor assigned to the demo unit: only committee-wide grants reach it.
        rule("GET /api/v1/proposals/{id}", PROPOSAL_READ, Scope.COMMITTEE);
        rule("PUT /api/v1/proposals/{id}", PROPOSAL_SUBMIT, Scope.COMMITTEE);
        for (String change : List.of("co-signers", "invitation", "submit", "withdraw", "rating")) {
            rule("POST /api/v1/proposals/{id}/" + change, PROPOSAL_SUBMIT, Scope.COMMITTEE);
        }
        for (String change : List.of("return", "file", "refuse-filing", "convert", "merge", "key", "assignment", "extension-decision", "rehandling",
                "close", "supervision")) {
            rule("POST /api/v1/proposals/{id}/" + change, PROPOSAL_MANAGE, Scope.COMMITTEE);
        }
        for (String change : List.of("acknowledgement", "communications", "extension-request", "countersign", "answer")) {
            rule("POST /api/v1/proposals/{id}/" + change, PROPOSAL_HANDLE, Scope.COMMITTEE);
        }
        rule("GET /api/v1/committees/{committeeId}/social-reports", PROPOSAL_READ, Scope.COMMITTEE);
        rule("POST /api/v1/committees/{committeeId}/social-reports", PROPOSAL_SUBMIT, Scope.COMMITTEE);
        rule("GET /api/v1/members/{id}/social-reports", PROPOSAL_READ, Scope.MEMBER);
        rule("POST /api/v1/members/{id}/social-reports", PROPOSAL_SUBMIT, Scope.MEMBER);
        // The fixture report is submitted and not the demo member's: only committee-wide grants reach it.
        rule("GET /api/v1/social-reports/{id}", PROPOSAL_READ, Scope.COMMITTEE);
        rule("PUT /api/v1/social-reports/{id}", PROPOSAL_SUBMIT, Scope.COMMITTEE);
        for (String change : List.of("submit", "withdraw")) {
            rule("POST /api/v1/social-reports/{id}/" + change, PROPOSAL_SUBMIT, Scope.COMMITTEE);
        }
        for (String change : List.of("return", "edit", "adoption", "decline", "upward-reports", "upper-adoption")) {
            rule("POST /api/v1/social-reports/{id}/" + change, PROPOSAL_MANAGE, Scope.COMMITTEE);
        }
        rule("POST /api/v1/social-reports/{id}/instructions", LEADER_INSTRUCT, Scope.COMMITTEE);
        rule("GET /api/v1/changes", PROPOSAL_READ, Scope.OWN_COMMITTEE);
        rule("GET /api/v1/committees/{committeeId}/webhooks", PROPOSAL_MANAGE, Scope.COMMITTEE);
        rule("POST /api/v1/committees/{committeeId}/webhooks", PROPOSAL_MANAGE, Scope.COMMITTEE);
        rule("GET /api/v1/webhooks/{id}", PROPOSAL_MANAGE, Scope.COMMITTEE);
        rule("DELETE /api/v1/webhooks/{id}", PROPOSAL_MANAGE, Scope.COMMITTEE);
        rule("POST /api/v1/webhooks/{id}/rewind", PROPOSAL_MANAGE, Scope.COMMITTEE);
        rule("GET /api/v1/notices", COMMITTEE_READ, Scope.OWN_COMMITTEE);
        rule("POST /api/v1/notices/{noticeId}/read", COMMITTEE_READ, Scope.OWN_COMMITTEE);
        rule("GET /api/v1/committees/{committeeId}/outcomes", CONSULTATION_READ, Scope.COMMITTEE);
        rule("GET /api/v1/consultation-activities/{id}/follow-up", CONSULTATION_READ, Scope.COMMITTEE);
        rule("POST /api/v1/consultation-activities/{id}/follow-up/submission", CONSULTATION_MANAGE, Scope.COMMITTEE);
        rule("POST /api/v1/consultation-activities/{id}/follow-up/instructions", LEADER_INSTRUCT, Scope.COMMITTEE);
        for (String change : List.of("assignment", "adoption", "implementation", "supervision", "follow-ups")) {
            rule("POST /api/v1/consultation-activities/{id}/follow-up/suggestions/{number}/" + change, CONSULTATION_MANAGE, Scope.COMMITTEE);
        }
        rule("GET /api/v1/public/committees/{committeeId}/calls/{year}", null, Scope.PUBLIC);
        rule("POST /api/v1/public/committees/{committeeId}/calls/{year}/submissions", null, Scope.PUBLIC);
        rule("GET /api/v1/public/submissions/{receipt}", null, Scope.PUBLIC);
        rule("POST /api/v1/tokens", null, Scope.PUBLIC);
        rule("GET /api/v1/tokens/public-key", null, Scope.PUBLIC);
    }

    private static void rule(String endpoint, Permission permission, Scope scope) {
        RULES.put(endpoint, new Rule(permission, scope));
    }

    /** A demo account: its role, committee, own member record and own handling unit. */
    record Subject(String username, Role role, Fixture committee, String memberId, String unitId) {
    }

    /**
     * Identifiers of one committee's records, to fill the paths with; two members and two handling units, the city's
     * first unit being the demo unit account's own.
     */
    record Fixture(String committeeId, boolean city, Map<String, String> ids, String firstMember, String secondMember, List<String> units,
                   int term) {
    }

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application(Map.of("xieshang.security.sign-ins-per-minute", "100"));
    }

    @Test
    void every_endpoint_answers_every_role_in_its_own_and_another_committee_as_the_rules_say() {
        Api anonymous = new Api(base);
        Api registry = anonymous.as("registry.demo");
        Api security = anonymous.as("secadmin.demo");
        Fixture city = fixture(registry, security, registry.cityCommitteeId(), true);
        String countyId = anonymous.as("registry.county.demo").get("api/v1/committees").json().getJsonArray("items").getJsonObject(0).getString("id");
        Fixture county = fixture(registry, security, countyId, false);
        List<String> endpoints = endpoints(anonymous);

        assertThat(new TreeSet<>(endpoints)).as("endpoints without a rule in this test").isSubsetOf(RULES.keySet());
        assertThat(RULES.keySet()).as("rules for endpoints that no longer exist").isSubsetOf(new TreeSet<>(endpoints));

        List<Subject> subjects = new ArrayList<>();
        for (Object[] account : new Object[][] {{"sysadmin.demo", Role.SYSTEM_ADMINISTRATOR}, {"secadmin.demo", Role.SECURITY_ADMINISTRATOR},
                {"auditadmin.demo", Role.AUDIT_ADMINISTRATOR}, {"registry.demo", Role.REGISTRY_CLERK}, {"dutyfile.demo", Role.DUTY_FILE_CLERK},
                {"consultation.demo", Role.CONSULTATION_OFFICE}, {"proposal.demo", Role.PROPOSAL_OFFICE}, {"leader.demo", Role.LEADER},
                {"member.demo", Role.MEMBER}, {"unit.demo", Role.HANDLING_UNIT}}) {
            Role role = (Role) account[1];
            subjects.add(new Subject((String) account[0], role, city, role == Role.MEMBER ? city.firstMember() : null,
                    role == Role.HANDLING_UNIT ? city.units().get(0) : null));
        }
        subjects.add(new Subject("registry.county.demo", Role.REGISTRY_CLERK, county, null, null));
        subjects.add(new Subject("member.county.demo", Role.MEMBER, county, county.firstMember(), null));

        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (Subject subject : subjects) {
            Api api = anonymous.as(subject.username());
            Fixture other = subject.committee() == city ? county : city;
            for (String endpoint : endpoints) {
                Rule rule = RULES.get(endpoint);
                if (rule.scope() == Scope.PUBLIC) {
                    continue;
                }
                List<Fixture> targets = rule.scope() == Scope.OWN_COMMITTEE ? List.of(subject.committee()) : List.of(subject.committee(), other);
                for (Fixture target : targets) {
                    List<String> records = switch (rule.scope()) {
                        case MEMBER -> List.of(target.firstMember(), target.secondMember());
                        case UNIT -> target.units();
                        default -> List.of(target.firstMember());
                    };
                    for (String record : records) {
                        boolean allowed = expected(subject, rule, target, record);
                        int status = call(api, endpoint, target, record);
                        requests++;
                        if (allowed ? status == 401 || status == 403 : status != 403) {
                            wrong.add(subject.username() + " " + endpoint + " on " + (target == city ? "city" : "county") + " record " + record
                                    + ": expected " + (allowed ? "allowed" : "403") + ", got " + status);
                        }
                    }
                }
            }
        }

        assertThat(wrong).as("%d requests", requests).isEmpty();
        assertThat(requests).isGreaterThan(subjects.size() * 40);
    }

    /** The default permission map read by this test's own committee rule: the city reads (and administers) its counties. */
    private static boolean expected(Subject subject, Rule rule, Fixture target, String record) {
        Set<Grant> grants = PermissionMap.defaults().grantsOf(subject.role());
        boolean own = subject.committee() == target;
        boolean administrative = rule.permission().duty() != Duty.COMMITTEE_WORK && rule.permission().duty() != Duty.SHARED;
        boolean reachable = own || subject.committee().city() && (rule.permission().isRead() || administrative);
        for (Grant grant : grants) {
            if (grant.permission() != rule.permission() || !reachable) {
                continue;
            }
            switch (grant.reach()) {
                case COMMITTEE -> {
                    return true;
                }
                case OWN_RECORD -> {
                    if (own && rule.scope() == Scope.MEMBER && record.equals(subject.memberId())) {
                        return true;
                    }
                }
                case OWN_UNIT -> {
                    // of the registry, only a unit's own record is the unit's
                    if (own && rule.scope() == Scope.UNIT && record.equals(subject.unitId())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** @param record the member or handling unit the endpoint acts on (for other endpoints, a member for {memberId}) */
    private int call(Api api, String endpoint, Fixture target, String record) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String template = endpoint.substring(endpoint.indexOf(' ') + 2);
        String path = template.replace("{committeeId}", target.committeeId()).replace("{memberId}", record)
                .replace("{number}", Integer.toString(target.term())).replace("{role}", "LEADER")
                .replace("{year}", Integer.toString(LocalDate.now().getYear() - 1)).replace("{topicId}", UUID.randomUUID().toString())
                .replace("{receipt}", "AAAA-BBBB-CCCC").replace("{step}", "RESEARCH").replace("{noticeId}", UUID.randomUUID().toString());
        if (path.contains("{id}")) {
            String kind = template.split("/")[2];
            path = path.replace("{id}", kind.equals("members") || kind.equals("handling-units") ? record : target.ids().get(kind));
        }
        // A version no record has: allowed changes stop at 412 and change nothing.
        HttpRequest.Builder request = api.request(path).setHeader("Accept", "*/*").header("If-Match", "\"999999\"").header("Content-Type", "application/json");
        request = switch (method) {
            case "GET" -> request.GET();
            case "DELETE" -> request.DELETE();
            default -> request.method(method, HttpRequest.BodyPublishers.ofString("{}"));
        };
        return api.send(request).status();
    }

    private static List<String> endpoints(Api anonymous) {
        JsonObject paths = anonymous.send(anonymous.request("/openapi").header("Accept", "application/json").GET()).json().getJsonObject("paths");
        List<String> endpoints = new ArrayList<>();
        paths.forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> endpoints.add(m.toUpperCase() + " " + path)));
        return endpoints;
    }

    /**
     * @return two of the committee's handling units: the demo unit account's own first if it is the committee's (the
     *         security administrator sees the account's unit), then another
     */
    private static List<String> units(Api security, Api registry, String committeeId) {
        List<String> own = security.get("api/v1/committees/" + committeeId + "/users?size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(u -> u.getString("username").equals("unit.demo")).map(u -> u.getString("unitId")).toList();
        List<String> all = registry.as("proposal.demo").get("api/v1/committees/" + committeeId + "/handling-units?active=true&size=100").json()
                .getJsonArray("items").stream().map(u -> u.asJsonObject().getString("id")).toList();
        List<String> units = new ArrayList<>(own);
        all.stream().filter(id -> !own.contains(id)).findFirst().ifPresent(units::add);
        if (units.size() < 2) {
            units.add(all.get(1));
        }
        return List.copyOf(units);
    }

    private static Fixture fixture(Api registry, Api security, String committeeId, boolean city) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("committees", committeeId);
        ids.put("users", security.get("api/v1/committees/" + committeeId + "/users?size=1").json().getJsonArray("items").getJsonObject(0)
                .getString("id"));
        for (String list : List.of("sectors", "sector-groups", "special-committees", "liaison-groups", "workstations")) {
            ids.put(list, registry.get("api/v1/committees/" + committeeId + "/" + list + "?size=1").json().getJsonArray("items").getJsonObject(0)
                    .getString("id"));
        }
        int term = registry.get("api/v1/committees/" + committeeId).json().getJsonArray("terms").stream().map(JsonValue::asJsonObject)
                .mapToInt(t -> t.getInt("number")).max().orElseThrow();
        List<JsonObject> members = registry.get("api/v1/committees/" + committeeId + "/members?size=2&sort=code").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        int lastYear = LocalDate.now().getYear() - 1;
        ids.put("activities", registry.get("api/v1/committees/" + committeeId + "/activities?size=1&year=" + lastYear).json().getJsonArray("items")
                .getJsonObject(0).getString("id"));
        ids.put("consultation-activities", registry.as("consultation.demo").get("api/v1/committees/" + committeeId + "/consultation-activities")
                .structure().asJsonArray().stream().map(JsonValue::asJsonObject).filter(a -> a.getString("committeeId").equals(committeeId))
                .findFirst().orElseThrow().getString("id"));
        ids.put("findings", registry.get("api/v1/committees/" + committeeId + "/assessment/findings?size=1").json().getJsonArray("items")
                .getJsonObject(0).getString("id"));
        String serving = registry.get("api/v1/committees/" + committeeId + "/members?size=1&sort=code&current=true&term=" + term).json()
                .getJsonArray("items").getJsonObject(0).getString("id");
        ids.put("duty-events", registry.get("api/v1/members/" + serving + "/duty-file?year=" + lastYear).json()
                .getJsonArray("events").stream().map(JsonValue::asJsonObject).filter(e -> e.getString("sourceType").equals("ACTIVITY")).findFirst()
                .orElseThrow().getString("id"));
        ids.put("duty-reports", registry.get("api/v1/committees/" + committeeId + "/duty-reports?size=10&year=" + lastYear).json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).filter(r -> !r.getString("memberId").equals(members.get(0).getString("id"))).findFirst()
                .orElseThrow().getString("id"));
        List<String> units = units(security, registry, committeeId);
        ids.put("proposals", othersProposal(registry.as("proposal.demo"), committeeId, members.get(0).getString("id"), units.get(0)));
        ids.put("social-reports", othersReport(registry.as("proposal.demo"), committeeId, members.get(0).getString("id"),
                members.get(1).getString("id")));
        ids.put("webhooks", webhook(registry.as(city ? "proposal.demo" : "proposal.county.demo"), committeeId));
        return new Fixture(committeeId, city, ids, members.get(0).getString("id"), members.get(1).getString("id"), units, term);
    }

    /** @return a webhook of the committee, registered by its proposal office (to a name that never resolves, so never delivered to) */
    private static String webhook(Api office, String committeeId) {
        Api.Reply registered = office.post("api/v1/committees/" + committeeId + "/webhooks",
                "{\"url\":\"http://receiver.invalid/matrix\",\"description\":\"授权测试\"}");
        assertThat(registered.status()).as("a webhook for the matrix in %s: %s", committeeId, registered.body()).isEqualTo(201);
        return registered.json().getString("id");
    }

    /**
     * @return a submitted or later social-condition report of the committee that the given member did not write: one of
     *         the demo data's, or one the proposal office enters for the other member and submits (the city's office
     *         cannot write a county's, so a county relies on the demo data)
     */
    private static String othersReport(Api office, String committeeId, String memberId, String otherMember) {
        int year = LocalDate.now().getYear();
        String list = "api/v1/committees/" + committeeId + "/social-reports?size=100&year=" + year;
        Optional<String> found = office.get(list).json().getJsonArray("items").stream()
                .map(r -> office.get("api/v1/social-reports/" + r.asJsonObject().getString("id")).json())
                .filter(r -> !r.toString().contains(memberId)).findFirst().map(r -> r.getString("id"));
        if (found.isPresent()) {
            return found.get();
        }
        Api.Reply drafted = office.post("api/v1/committees/" + committeeId + "/social-reports", "{\"year\":" + year + ",\"submitterId\":\""
                + otherMember + "\",\"title\":\"关于授权测试的社情民意\",\"text\":\"测试用。\",\"category\":\"OTHER\"}");
        assertThat(drafted.status()).as("a report for the matrix in %s: %s", committeeId, drafted.body()).isEqualTo(201);
        Api.Reply submitted = office.post("api/v1/social-reports/" + drafted.json().getString("id") + "/submit", "", drafted.header("ETag"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return drafted.json().getString("id");
    }

    /**
     * @return a submitted or later proposal of the committee that the given member neither leads nor co-signs, and not
     *         assigned to the unit: one of the demo data's, or a sector's the proposal office enters and submits
     */
    private static String othersProposal(Api office, String committeeId, String memberId, String unitId) {
        int year = LocalDate.now(ProposalFixtures.ZONE).getYear();
        return office.get("api/v1/committees/" + committeeId + "/proposals?size=100&year=" + year).json().getJsonArray("items")
                .stream().map(p -> office.get("api/v1/proposals/" + p.asJsonObject().getString("id")).json())
                .filter(p -> !p.getString("status").equals("DRAFT") && !p.toString().contains(memberId) && !p.toString().contains(unitId))
                .findFirst().map(p -> p.getString("id")).orElseGet(() -> ProposalFixtures.submitted(office, committeeId, "关于授权测试的提案"));
    }
}
