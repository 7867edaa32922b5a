package org.xieshang.app.infrastructure.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.audit.Actor;
import org.xieshang.domain.audit.AuditAction;
import org.xieshang.domain.audit.AuditTrail;
import org.xieshang.domain.audit.ChainVerification;
import org.xieshang.domain.audit.FieldChange;
import org.xieshang.domain.testkit.Fixtures;

/** Someone with database access changes or removes audit rows behind the application's back: the chain check finds it. */
class JpaAuditTamperTest {

    private EntityManagerFactory emf;
    private AuditTrail trail;

    @BeforeEach
    void fiveRecords() {
        emf = Databases.derby();
        trail = Databases.storage(emf).auditTrail();
        for (int i = 1; i <= 5; i++) {
            trail.append(new Actor("clerk", "10.0.0." + i).did(Instant.parse("2026-11-22T01:00:00Z").plusSeconds(i), AuditAction.UPDATE,
                    Optional.empty(), "member", "m-" + i, List.of(new FieldChange("workUnit", "旧单位" + i, "新单位" + i)), ""));
        }
        assertThat(Fixtures.auditChain().verify(trail).intact()).isTrue();
    }

    @AfterEach
    void close() {
        emf.close();
    }

    @Test
    void a_changed_value_is_found_at_its_record() {
        sql("UPDATE audit_change SET after_value = '篡改' WHERE seq = 3");

        assertThat(Fixtures.auditChain().verify(trail)).isEqualTo(new ChainVerification(ChainVerification.Problem.ALTERED, 3, 3));
    }

    @Test
    void a_changed_actor_is_found_even_with_a_recomputed_plain_hash() {
        sql("UPDATE audit_record SET actor = 'someone' WHERE seq = 2");

        assertThat(Fixtures.auditChain().verify(trail).brokenAtSequence()).isEqualTo(2);
    }

    @Test
    void a_removed_record_is_found() {
        sql("DELETE FROM audit_change WHERE seq = 4");
        sql("DELETE FROM audit_record WHERE seq = 4");

        assertThat(Fixtures.auditChain().verify(trail)).isEqualTo(new ChainVerification(ChainVerification.Problem.MISSING, 4, 4));
    }

    @Test
    void removing_the_newest_records_is_found_by_the_head() {
        sql("DELETE FROM audit_change WHERE seq = 5");
        sql("DELETE FROM audit_record WHERE seq = 5");

        assertThat(Fixtures.auditChain().verify(trail).problem()).isEqualTo(ChainVerification.Problem.TRUNCATED);
    }

    private void sql(String statement) {
        var em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            em.createNativeQuery(statement).executeUpdate();
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }
}
