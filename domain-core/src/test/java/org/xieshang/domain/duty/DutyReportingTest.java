package org.xieshang.domain.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;

class DutyReportingTest {

    private final DutyWorld world = new DutyWorld();
    private final DutyReporting reporting = new DutyReporting(world.storage.members(), world.duty.reports(), world.clock);
    private final Member member = world.member("张伟", LocalDate.of(2022, 1, 10), false);

    @Test
    void the_member_writes_and_submits_and_staff_return_and_accept() {
        world.clock.setTo(LocalDate.of(2025, 1, 15).atTime(9, 0));
        DutyReport draft = reporting.write(member.id(), 2024, DutyReportKind.ANNUAL_REPORT, 0, "2024 年参加全体会议、专题协商……");
        DutyReport submitted = reporting.submit(draft.id(), draft.version());
        assertThatThrownBy(() -> reporting.write(member.id(), 2024, DutyReportKind.ANNUAL_REPORT, submitted.version(), "改"))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("report.not-editable");
        assertThatThrownBy(() -> reporting.review(draft.id(), submitted.version(), false, "dutyfile.demo", null))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("report.return.needs-comment");

        DutyReport returned = reporting.review(draft.id(), submitted.version(), false, "dutyfile.demo", "请补充下沉履职情况");
        DutyReport revised = reporting.write(member.id(), 2024, DutyReportKind.ANNUAL_REPORT, returned.version(), "补充：下沉履职 10 次");
        DutyReport accepted = reporting.review(draft.id(), reporting.submit(draft.id(), revised.version()).version(), true, "dutyfile.demo", null);

        assertThat(accepted.status()).isEqualTo(DutyReportStatus.ACCEPTED);
        assertThat(accepted.text()).isEqualTo("补充：下沉履职 10 次");
        assertThatThrownBy(() -> reporting.submit(draft.id(), returned.version())).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void only_a_standing_member_writes_a_standing_report_and_only_for_a_year_served() {
        world.clock.setTo(LocalDate.of(2025, 1, 15).atTime(9, 0));
        assertThatThrownBy(() -> reporting.write(member.id(), 2024, DutyReportKind.STANDING_MEMBER_REPORT, 0, "述职"))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("report.not-standing");
        assertThatThrownBy(() -> reporting.write(member.id(), 2021, DutyReportKind.ANNUAL_REPORT, 0, "任期前"))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("report.year.not-served");
        assertThatThrownBy(() -> reporting.write(member.id(), 2026, DutyReportKind.ANNUAL_REPORT, 0, "将来"))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("report.year.in-future");
        Member standing = world.member("李娜", LocalDate.of(2022, 1, 10), true);
        assertThat(reporting.write(standing.id(), 2024, DutyReportKind.STANDING_MEMBER_REPORT, 0, "常委述职").kind())
                .isEqualTo(DutyReportKind.STANDING_MEMBER_REPORT);
    }
}
