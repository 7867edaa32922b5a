package org.xieshang.domain.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.DecisionKind;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.NotFoundException;

class DutyRecorderTest {

    private final DutyWorld world = new DutyWorld();
    private final Member member = world.member("张伟", LocalDate.of(2022, 1, 10), false);

    @Test
    void a_module_publishes_once_per_member_kind_and_source_and_withdraws() {
        world.clock.setTo(LocalDate.of(2024, 3, 1).atTime(10, 0));
        SourceRef proposal = SourceRef.of(SourceType.PROPOSAL, "2024-017");
        DutyEventDraft lead = new DutyEventDraft(world.committee.id(), member.id(), DutyEventKind.PROPOSAL_LEAD, LocalDate.of(2024, 1, 13), proposal,
                "关于加快老旧小区改造的提案");
        world.recorder.publish(lead);
        world.recorder.publish(new DutyEventDraft(world.committee.id(), member.id(), DutyEventKind.PROPOSAL_FILED, LocalDate.of(2024, 2, 1), proposal,
                "关于加快老旧小区改造的提案"));

        assertThatThrownBy(() -> world.recorder.publish(lead)).isInstanceOf(DuplicateException.class).extracting("code")
                .isEqualTo("duty-event.duplicate");
        assertThat(world.recorder.withdraw(member.id(), proposal)).isEqualTo(2);
        assertThat(world.duty.events().ofMember(member.id(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEmpty();
    }

    @Test
    void an_event_must_fall_within_a_membership_and_not_in_the_future() {
        world.decide(member.id(), DecisionKind.RESIGNATION, LocalDate.of(2023, 6, 30));
        world.clock.setTo(LocalDate.of(2024, 3, 1).atTime(10, 0));

        assertThatThrownBy(() -> world.event(member.id(), DutyEventKind.SPEECH_ORAL, LocalDate.of(2023, 7, 1)))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("duty-event.outside-membership");
        assertThat(world.event(member.id(), DutyEventKind.SPEECH_ORAL, LocalDate.of(2023, 6, 30)).kind()).isEqualTo(DutyEventKind.SPEECH_ORAL);
        assertThatThrownBy(() -> world.recorder.publish(new DutyEventDraft(world.committee.id(), member.id(), DutyEventKind.SPEECH_ORAL,
                LocalDate.of(2024, 3, 2), SourceRef.of(SourceType.MANUAL, "x"), "明天的发言")))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("duty-event.in-future");
        assertThatThrownBy(() -> world.recorder.publish(new DutyEventDraft(CommitteeId.generate(), member.id(), DutyEventKind.SPEECH_ORAL,
                LocalDate.of(2023, 3, 2), SourceRef.of(SourceType.MANUAL, "y"), "别会的委员"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void staff_enter_and_remove_only_their_own_events() {
        DutyEvent speech = world.event(member.id(), DutyEventKind.SPEECH_WRITTEN, LocalDate.of(2024, 1, 13));
        world.clock.setTo(LocalDate.of(2024, 3, 1).atTime(10, 0));
        DutyEvent proposal = world.recorder.publish(new DutyEventDraft(world.committee.id(), member.id(), DutyEventKind.PROPOSAL_LEAD,
                LocalDate.of(2024, 1, 13), SourceRef.of(SourceType.PROPOSAL, "P1"), "提案"));

        assertThatThrownBy(() -> world.recorder.recordManually(new DutyEventDraft(world.committee.id(), member.id(), DutyEventKind.PROPOSAL_KEY,
                LocalDate.of(2024, 1, 13), SourceRef.of(SourceType.PROPOSAL, "P1"), "提案"))).isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo("duty-event.source.not-manual");
        assertThatThrownBy(() -> world.recorder.removeManual(proposal.id())).isInstanceOf(DomainException.class);
        assertThat(world.recorder.removeManual(speech.id())).isEqualTo(speech);
        assertThat(world.duty.events().find(speech.id())).isEmpty();
    }
}
