package org.xieshang.domain.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The membership state machine, written out in full: every status against every decision. */
class MembershipStatusTest {

    /** Columns, in this order. */
    private static final List<DecisionKind> COLUMNS = List.of(
            DecisionKind.APPOINTMENT, DecisionKind.TAKING_OFFICE, DecisionKind.SECTOR_REASSIGNMENT,
            DecisionKind.RESIGNATION, DecisionKind.ASKED_TO_RESIGN, DecisionKind.ORDERED_TO_RESIGN, DecisionKind.REVOCATION,
            DecisionKind.DECEASE, DecisionKind.STANDING_APPOINTMENT, DecisionKind.STANDING_RESIGNATION,
            DecisionKind.STANDING_ORDERED_TO_RESIGN);

    /** One row per status; "-" means the decision is not allowed. */
    private static final String TABLE = """
            status             | APPOINT. | TAKING_OFFICE | SECTOR    | RESIGN.  | ASKED_TO_RESIGN | ORDERED_TO_RESIGN | REVOC.  | DECEASE  | STD_APPT  | STD_RESIGN | STD_ORDERED
            APPOINTED          | -        | ACTIVE        | APPOINTED | RESIGNED | ASKED_TO_RESIGN | ORDERED_TO_RESIGN | REVOKED | DECEASED | APPOINTED | APPOINTED  | APPOINTED
            ACTIVE             | -        | -             | ACTIVE    | RESIGNED | ASKED_TO_RESIGN | ORDERED_TO_RESIGN | REVOKED | DECEASED | ACTIVE    | ACTIVE     | ACTIVE
            RESIGNED           | -        | -             | -         | -        | -               | -                 | -       | -        | -         | -          | -
            ASKED_TO_RESIGN    | -        | -             | -         | -        | -               | -                 | -       | -        | -         | -          | -
            ORDERED_TO_RESIGN  | -        | -             | -         | -        | -               | -                 | -       | -        | -         | -          | -
            REVOKED            | -        | -             | -         | -        | -               | -                 | -       | -        | -         | -          | -
            DECEASED           | -        | -             | -         | -        | -               | -                 | -       | -        | -         | -          | -
            """;

    static Stream<Arguments> transitions() {
        List<Arguments> cases = new ArrayList<>();
        TABLE.lines().skip(1).forEach(line -> {
            String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
            MembershipStatus from = MembershipStatus.valueOf(cells[0]);
            for (int i = 0; i < COLUMNS.size(); i++) {
                String to = cells[i + 1];
                cases.add(Arguments.of(from, COLUMNS.get(i), to.equals("-") ? Optional.empty() : Optional.of(MembershipStatus.valueOf(to))));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @MethodSource("transitions")
    void a_decision_moves_a_membership_as_the_table_says(MembershipStatus from, DecisionKind decision, Optional<MembershipStatus> to) {
        assertThat(from.after(decision)).isEqualTo(to);
    }

    @Test
    void the_table_covers_every_status_and_every_decision() {
        assertThat(COLUMNS).containsExactlyInAnyOrder(DecisionKind.values());
        assertThat(transitions().map(a -> (MembershipStatus) a.get()[0]).distinct()).containsExactlyInAnyOrder(MembershipStatus.values());
        assertThat(transitions()).hasSize(MembershipStatus.values().length * DecisionKind.values().length);
    }

    @ParameterizedTest
    @EnumSource(MembershipStatus.class)
    void only_appointed_and_active_memberships_are_current(MembershipStatus status) {
        assertThat(status.isCurrent()).isEqualTo(EnumSet.of(MembershipStatus.APPOINTED, MembershipStatus.ACTIVE).contains(status));
    }

    @ParameterizedTest
    @EnumSource(DecisionKind.class)
    void decisions_about_the_standing_role_and_about_the_sector_are_told_apart(DecisionKind kind) {
        assertThat(kind.concernsStandingRole()).isEqualTo(kind.name().startsWith("STANDING_"));
        assertThat(kind.needsSector()).isEqualTo(kind == DecisionKind.APPOINTMENT || kind == DecisionKind.SECTOR_REASSIGNMENT);
    }
}
