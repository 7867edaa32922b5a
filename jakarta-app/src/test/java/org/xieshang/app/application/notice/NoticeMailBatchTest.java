package org.xieshang.app.application.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.xieshang.app.infrastructure.jpa.Databases;
import org.xieshang.app.infrastructure.jpa.JpaNotices;
import org.xieshang.app.infrastructure.mail.MailSender;
import org.xieshang.app.infrastructure.mail.MailSettings;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.inmemory.InMemoryMembers;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberCode;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.PartyAffiliation;
import org.xieshang.domain.notification.Notice;
import org.xieshang.domain.notification.Recipient;
import org.xieshang.domain.proposal.ProposalStatus;
import org.xieshang.domain.testkit.Fixtures;

/** Notices mailed to members through a real SMTP server (GreenMail), from notices kept in Derby: each once. */
class NoticeMailBatchTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    private final EntityManagerFactory emf = Databases.derby();
    private final EntityManager em = emf.createEntityManager();
    private final InMemoryMembers members = new InMemoryMembers();
    private final NoticeMailBatch batch = new NoticeMailBatch();
    private final MailSender sender = new MailSender(new MailSettings(Optional.of("127.0.0.1"), ServerSetupTest.SMTP.getPort(), "noreply@zx.example.org",
            Optional.empty(), "", false));

    NoticeMailBatchTest() {
        batch.notices = new JpaNotices(em);
        batch.members = members;
        batch.clock = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    }

    @AfterEach
    void close() {
        em.close();
        emf.close();
    }

    @Test
    void a_members_notice_is_mailed_once_in_chinese_and_one_without_an_address_is_only_marked() throws Exception {
        CommitteeId committee = CommitteeId.generate();
        Member withMail = members.save(Member.register(MemberId.generate(), committee, MemberCode.of("M1"), Fixtures.profile("林晓燕")));
        Member withoutMail = members.save(Member.register(MemberId.generate(), committee, MemberCode.of("M2"),
                Fixtures.minimalProfile("王海涛", PartyAffiliation.CPC)));
        inTransaction(() -> {
            JpaNotices notices = batch.notices;
            notices.send(notice(committee, Recipient.member(withMail.id())));
            notices.send(notice(committee, Recipient.member(withoutMail.id())));
            notices.send(notice(committee, Recipient.unit(HandlingUnitId.generate())));
            return null;
        });

        assertThat(inTransaction(() -> batch.send(sender))).isOne();
        assertThat(inTransaction(() -> batch.send(sender))).as("each notice once").isZero();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("member@example.org");
        assertThat(received[0].getSubject()).isEqualTo("政协履职通知");
        assertThat(received[0].getContent().toString()).contains("您的提案“关于加装电梯的建议”：已办结");
        assertThat(inTransaction(() -> batch.notices.unmailed(NOW.minusSeconds(3600), 10))).isEmpty();
    }

    private static Notice notice(CommitteeId committee, Recipient recipient) {
        return new Notice(committee, recipient, "notice.proposal.status", List.of("关于加装电梯的建议", ProposalStatus.CLOSED),
                SourceRef.of(SourceType.PROPOSAL, "p-1"), NOW.minusSeconds(60));
    }

    private <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }
}
