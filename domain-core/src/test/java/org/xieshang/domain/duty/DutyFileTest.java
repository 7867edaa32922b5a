package org.xieshang.domain.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;

class DutyFileTest {

    private static final CommitteeId COMMITTEE = CommitteeId.generate();
    private final MemberId member = MemberId.generate();

    private DutyEvent event(DutyEventKind kind, LocalDate day) {
        return DutyEvent.of(new DutyEventDraft(COMMITTEE, member, kind, day, SourceRef.of(SourceType.MANUAL, kind + "@" + day), kind.name()),
                Instant.EPOCH);
    }

    @Test
    void the_ledger_is_by_day_with_totals_per_kind_and_quarter() {
        DutyEvent june = event(DutyEventKind.PROPOSAL_LEAD, LocalDate.of(2024, 6, 30));
        DutyEvent january = event(DutyEventKind.ATTENDED_PLENARY, LocalDate.of(2024, 1, 12));
        DutyEvent july = event(DutyEventKind.PROPOSAL_LEAD, LocalDate.of(2024, 7, 1));
        DutyEvent absence = event(DutyEventKind.ABSENT_UNEXCUSED, LocalDate.of(2024, 12, 31));

        DutyFile file = DutyFile.of(member, DutyPeriod.year(2024), List.of(june, absence, january, july));

        assertThat(file.events()).containsExactly(january, june, july, absence);
        assertThat(file.count(DutyEventKind.PROPOSAL_LEAD)).isEqualTo(2);
        assertThat(file.count(DutyEventKind.PROPOSAL_LEAD, 2)).isEqualTo(1);
        assertThat(file.count(DutyEventKind.PROPOSAL_LEAD, 3)).isEqualTo(1);
        assertThat(file.count(DutyEventKind.Category.PROPOSAL)).isEqualTo(2);
        assertThat(file.participationCount()).isEqualTo(3);
        assertThat(file.totalsByQuarter()).containsOnlyKeys(DutyEventKind.PROPOSAL_LEAD, DutyEventKind.ATTENDED_PLENARY, DutyEventKind.ABSENT_UNEXCUSED);
        assertThat(file.totalsByQuarter().get(DutyEventKind.ABSENT_UNEXCUSED)).containsExactly(0, 0, 0, 1);
        assertThat(file.events(DutyEventKind.PROPOSAL_LEAD)).containsExactly(june, july);
    }

    @Test
    void another_members_event_or_one_outside_the_period_does_not_belong() {
        DutyEvent nextYear = event(DutyEventKind.TRAINING, LocalDate.of(2025, 1, 1));
        assertThatThrownBy(() -> DutyFile.of(member, DutyPeriod.year(2024), List.of(nextYear))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DutyFile.of(MemberId.generate(), DutyPeriod.year(2025), List.of(nextYear))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void events_of_one_day_are_by_kind_then_source_whatever_order_they_come_in() {
        LocalDate day = LocalDate.of(2024, 3, 5);
        DutyEvent proposalB = sourced(DutyEventKind.PROPOSAL_LEAD, day, SourceType.PROPOSAL, "b");
        DutyEvent proposalA = sourced(DutyEventKind.PROPOSAL_LEAD, day, SourceType.PROPOSAL, "a");
        DutyEvent manual = sourced(DutyEventKind.PROPOSAL_LEAD, day, SourceType.MANUAL, "a");
        DutyEvent plenary = sourced(DutyEventKind.ATTENDED_PLENARY, day, SourceType.ACTIVITY, "z");
        DutyEvent earlier = sourced(DutyEventKind.PENALTY, day.minusDays(1), SourceType.MANUAL, "z");
        List<DutyEvent> expected = List.of(earlier, plenary, proposalA, proposalB, manual);

        Random random = new Random(7);
        for (int shuffle = 0; shuffle < 20; shuffle++) {
            List<DutyEvent> given = new ArrayList<>(expected);
            Collections.shuffle(given, random);
            DutyFile file = DutyFile.of(member, DutyPeriod.year(2024), given);

            assertThat(file.events()).as("from %s", given).containsExactlyElementsOf(expected);
            assertThat(file.events(DutyEventKind.PROPOSAL_LEAD)).containsExactly(proposalA, proposalB, manual);
            assertThat(file.covering(new DutyPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31))).events())
                    .containsExactlyElementsOf(expected);
        }
    }

    private DutyEvent sourced(DutyEventKind kind, LocalDate day, SourceType type, String reference) {
        return DutyEvent.of(new DutyEventDraft(COMMITTEE, member, kind, day, new SourceRef(type, reference), kind.name()), Instant.EPOCH);
    }
}
