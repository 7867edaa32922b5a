package org.xieshang.app.infrastructure.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventId;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.Act;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.socialreport.ReportContent;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportId;
import org.xieshang.domain.testkit.Fixtures;

/**
 * A use case often credits a duty file (a flush) before it saves the aggregate; the save must still raise the version by
 * one, changed row or not, or a second writer holding the old version would silently overwrite (EclipseLink drops a
 * forced increment after an earlier flush in the transaction).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SaveAfterEarlierFlushTest {

    private static final Act ACT = new Act("office", Instant.parse("2026-03-02T02:00:00Z"), LocalDate.of(2026, 3, 2));

    private final EntityManagerFactory emf = Databases.derby();
    private final EntityManager em = emf.createEntityManager();
    private final JpaSocialReports reports = new JpaSocialReports(em);
    private final CommitteeId committee = inTransaction(ignored -> new JpaCommittees(em).save(Fixtures.cityCommittee()).id());

    @AfterAll
    void close() {
        em.close();
        emf.close();
    }

    @Test
    void a_changed_report_saved_after_a_duty_credit_gets_the_next_version_and_the_old_one_is_stale() {
        SocialReport stored = inTransaction(ignored -> reports.save(submitted()));

        SocialReport edited = inTransaction(ignored -> {
            SocialReport before = reports.require(stored.id());
            credit(before);
            return reports.save(before.edit(new ReportContent("编辑后的标题", "正文。", ProposalCategory.ECOLOGY), ACT));
        });

        assertThat(edited.version()).isEqualTo(stored.version() + 1);
        assertThat(storedVersion(stored.id())).isEqualTo(edited.version());
        assertThatThrownBy(() -> inTransaction(ignored -> reports.save(stored.withdraw(null, ACT)))).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void an_unchanged_report_saved_after_a_duty_credit_still_gets_the_next_version() {
        SocialReport stored = inTransaction(ignored -> reports.save(submitted()));

        SocialReport saved = inTransaction(ignored -> {
            credit(stored);
            return reports.save(stored);
        });

        assertThat(saved.version()).isEqualTo(stored.version() + 1);
        assertThat(storedVersion(stored.id())).isEqualTo(saved.version());
    }

    private long storedVersion(SocialReportId id) {
        return inTransaction(ignored -> reports.require(id)).version();
    }

    private SocialReport submitted() {
        return SocialReport.draft(SocialReportId.generate(), committee, 2026, MemberId.generate(), List.of(),
                new ReportContent("关于测试的社情民意", "正文。", ProposalCategory.ECOLOGY), Optional.empty()).submit(ACT);
    }

    private void credit(SocialReport report) {
        new JpaDutyEvents(em).add(new DutyEvent(DutyEventId.generate(), committee, report.submitter(), DutyEventKind.REPORT_SUBMITTED,
                ACT.on(), SourceRef.of(SourceType.SOCIAL_REPORT, report.id()), report.content().title(), ACT.at()));
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return Databases.inTransaction(em, work);
    }
}
