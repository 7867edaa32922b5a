package org.xieshang.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;

class AuthorizerTest {

    private static final CommitteeId CITY = CommitteeId.generate();
    private static final CommitteeId COUNTY = CommitteeId.generate();
    private static final CommitteeId OTHER_COUNTY = CommitteeId.generate();
    private static final MemberId SELF = MemberId.generate();
    private static final MemberId SOMEONE = MemberId.generate();
    private static final HandlingUnitId UNIT = HandlingUnitId.generate();
    private static final HandlingUnitId OTHER_UNIT = HandlingUnitId.generate();

    private final Authorizer authorizer = new Authorizer();

    static Stream<Arguments> cases() {
        Subject cityClerk = subject(CITY, Set.of(CITY, COUNTY), Role.REGISTRY_CLERK, null, null);
        Subject countyClerk = subject(COUNTY, Set.of(COUNTY), Role.REGISTRY_CLERK, null, null);
        Subject member = subject(COUNTY, Set.of(COUNTY), Role.MEMBER, SELF, null);
        Subject unit = subject(COUNTY, Set.of(COUNTY), Role.HANDLING_UNIT, null, UNIT);
        Subject citySecurity = subject(CITY, Set.of(CITY, COUNTY), Role.SECURITY_ADMINISTRATOR, null, null);
        Subject systemAdmin = subject(CITY, Set.of(CITY, COUNTY), Role.SYSTEM_ADMINISTRATOR, null, null);
        return Stream.of(
                Arguments.of("clerk changes own committee's member", countyClerk, Permission.MEMBER_PROFILE_EDIT, Target.memberRecord(COUNTY, SOMEONE), "access.allowed"),
                Arguments.of("county clerk reads another county", countyClerk, Permission.MEMBER_READ, Target.committee(OTHER_COUNTY), "access.other-committee"),
                Arguments.of("county clerk reads the city", countyClerk, Permission.MEMBER_READ, Target.committee(CITY), "access.other-committee"),
                Arguments.of("city clerk reads a county", cityClerk, Permission.MEMBER_READ, Target.committee(COUNTY), "access.allowed"),
                Arguments.of("city clerk changes a county", cityClerk, Permission.MEMBER_PROFILE_EDIT, Target.memberRecord(COUNTY, SOMEONE), "access.other-committee"),
                Arguments.of("member reads own record", member, Permission.MEMBER_READ, Target.memberRecord(COUNTY, SELF), "access.allowed"),
                Arguments.of("member reads someone else", member, Permission.MEMBER_READ, Target.memberRecord(COUNTY, SOMEONE), "access.not-own-record"),
                Arguments.of("member lists the committee", member, Permission.MEMBER_READ, Target.committee(COUNTY), "access.not-own-record"),
                Arguments.of("member records a decision", member, Permission.MEMBERSHIP_DECIDE, Target.memberRecord(COUNTY, SELF), "access.no-permission"),
                Arguments.of("handling unit reads members", unit, Permission.MEMBER_READ, Target.committee(COUNTY), "access.no-permission"),
                Arguments.of("city security admin manages county users", citySecurity, Permission.USER_MANAGE, Target.committee(COUNTY), "access.allowed"),
                Arguments.of("security admin reads the audit trail", citySecurity, Permission.AUDIT_READ, Target.committee(CITY), "access.no-permission"),
                Arguments.of("system admin reads members", systemAdmin, Permission.MEMBER_READ, Target.committee(CITY), "access.no-permission"),
                Arguments.of("system admin manages committees", systemAdmin, Permission.COMMITTEE_MANAGE, Target.committee(CITY), "access.allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides_by_function_committee_and_object(String description, Subject subject, Permission permission, Target target, String reason) {
        AccessDecision decision = authorizer.decide(subject, PermissionMap.defaults(), permission, target);

        assertThat(decision.reason()).isEqualTo(reason);
        assertThat(decision.allowed()).isEqualTo(reason.equals("access.allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unitCases")
    void a_grant_limited_to_the_own_unit_reaches_only_its_assignments(String description, Target target, boolean allowed) {
        PermissionMap map = PermissionMap.defaults().withGrants(Role.HANDLING_UNIT, Set.of(Grant.ownUnit(Permission.MEMBER_READ)));
        Subject unit = subject(COUNTY, Set.of(COUNTY), Role.HANDLING_UNIT, null, UNIT);

        assertThat(authorizer.decide(unit, map, Permission.MEMBER_READ, target).allowed()).isEqualTo(allowed);
    }

    static Stream<Arguments> unitCases() {
        return Stream.of(Arguments.of("assigned to the unit", Target.assignedTo(COUNTY, UNIT), true),
                Arguments.of("assigned to another unit", Target.assignedTo(COUNTY, OTHER_UNIT), false),
                Arguments.of("not assigned at all", Target.committee(COUNTY), false),
                Arguments.of("same unit id in another committee", Target.assignedTo(OTHER_COUNTY, UNIT), false));
    }

    private static Subject subject(CommitteeId committee, Set<CommitteeId> readable, Role role, MemberId member, HandlingUnitId unit) {
        return new Subject(UserId.generate(), role.name().toLowerCase(), committee, readable, Set.of(role), Optional.ofNullable(member),
                Optional.ofNullable(unit));
    }
}
