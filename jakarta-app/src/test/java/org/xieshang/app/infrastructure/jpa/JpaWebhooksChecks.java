package org.xieshang.app.infrastructure.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xieshang.app.application.webhook.Webhook;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.testkit.Fixtures;

/**
 * Webhooks in a database: the secret kept encrypted, due times, and deliveries recorded only where the webhook still
 * stands. The statements are written by hand, so they run on Derby and on PostgreSQL ({@link JpaWebhooksDerbyTest},
 * {@link JpaWebhooksPostgresTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JpaWebhooksChecks {

    private static final Instant T0 = Instant.parse("2026-12-05T01:00:00Z");
    private static final URI URL = URI.create("https://dept.example.gov.cn/xieshang/changes");

    private EntityManagerFactory emf;
    private EntityManager em;
    private JpaWebhooks webhooks;
    private CommitteeId committee;

    /** @return a migrated database, or an assumption that fails where there is none */
    abstract EntityManagerFactory open();

    /** Drops what {@link #open} made, after the factory is closed. */
    void drop() {
    }

    @BeforeAll
    void connect() {
        emf = open();
        em = emf.createEntityManager();
        webhooks = new JpaWebhooks(em, Databases.PROTECTION);
        committee = inTransaction(ignored -> new JpaCommittees(em).save(Fixtures.cityCommittee()).id());
    }

    @AfterAll
    void close() {
        if (emf != null) {
            em.close();
            emf.close();
            drop();
        }
    }

    @Test
    void a_registered_webhook_is_due_at_once_from_the_start_with_its_secret_encrypted_at_rest() {
        Webhook added = inTransaction(ignored -> webhooks.add(committee, URL, "教育局办公系统", "whsec_plain", T0, "proposal.demo"));

        assertThat(added.version()).isEqualTo(1);
        assertThat(added.deliveredSequence()).isZero();
        List<Webhook> due = inTransaction(ignored -> webhooks.due(T0));
        assertThat(due).extracting(Webhook::id).contains(added.id());
        String secret = inTransaction(ignored -> webhooks.secretOf(added.id()));
        assertThat(secret).isEqualTo("whsec_plain");
        String stored = inTransaction(e -> (String) e.createNativeQuery("SELECT secret FROM webhook WHERE id = ?1")
                .setParameter(1, added.id().toString()).getSingleResult());
        assertThat(stored).doesNotContain("whsec_plain");
        List<Webhook> ofCommittee = inTransaction(ignored -> webhooks.ofCommittee(committee));
        assertThat(ofCommittee).extracting(Webhook::url).contains(URL);
    }

    @Test
    void a_delivery_moves_the_webhook_on_and_a_failure_counts_and_waits_without_changing_its_version() {
        Webhook added = inTransaction(ignored -> webhooks.add(committee, URL, "", "whsec_x", T0, "proposal.demo"));

        inTransaction(ignored -> {
            webhooks.failed(added.id(), 0, 503, "HTTP 503", T0, T0.plusSeconds(20));
            return null;
        });
        Webhook failed = inTransaction(ignored -> webhooks.find(added.id()).orElseThrow());
        assertThat(failed.failures()).isEqualTo(1);
        assertThat(failed.lastStatus()).contains(503);
        assertThat(failed.deliveredSequence()).isZero();
        assertThat(failed.version()).isEqualTo(added.version());
        List<Webhook> dueMeanwhile = inTransaction(ignored -> webhooks.due(T0.plusSeconds(10)));
        assertThat(dueMeanwhile).extracting(Webhook::id).doesNotContain(added.id());

        inTransaction(ignored -> {
            webhooks.delivered(added.id(), 0, 42, 204, T0.plusSeconds(20));
            return null;
        });
        Webhook delivered = inTransaction(ignored -> webhooks.find(added.id()).orElseThrow());
        assertThat(delivered.deliveredSequence()).isEqualTo(42);
        assertThat(delivered.failures()).isZero();
        assertThat(delivered.lastError()).isEmpty();
        assertThat(delivered.version()).isEqualTo(added.version());
    }

    @Test
    void a_delivery_recorded_after_a_rewind_leaves_the_rewound_webhook_as_it_is() {
        Webhook added = inTransaction(ignored -> webhooks.add(committee, URL, "", "whsec_x", T0, "proposal.demo"));
        inTransaction(ignored -> {
            webhooks.delivered(added.id(), 0, 50, 200, T0);
            return null;
        });
        Webhook rewound = inTransaction(ignored -> webhooks.rewind(added.id(), added.version(), 0, T0.plusSeconds(5)));

        boolean recorded = inTransaction(ignored -> webhooks.delivered(added.id(), 50, 80, 200, T0.plusSeconds(6))); // read before the rewind

        assertThat(recorded).isFalse();

        assertThat(rewound.version()).isEqualTo(added.version() + 1);
        assertThat(inTransaction(ignored -> webhooks.find(added.id()).orElseThrow()).deliveredSequence()).isZero();
    }

    @Test
    void a_stale_version_neither_rewinds_nor_deletes() {
        Webhook added = inTransaction(ignored -> webhooks.add(committee, URL, "", "whsec_x", T0, "proposal.demo"));
        inTransaction(ignored -> webhooks.rewind(added.id(), added.version(), 0, T0));

        assertThatThrownBy(() -> inTransaction(ignored -> webhooks.rewind(added.id(), added.version(), 0, T0)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> inTransaction(ignored -> {
            webhooks.delete(added.id(), added.version());
            return null;
        })).isInstanceOf(ConcurrentUpdateException.class);
        Optional<Webhook> kept = inTransaction(ignored -> webhooks.find(added.id()));
        assertThat(kept).isPresent();
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return Databases.inTransaction(em, work);
    }
}
