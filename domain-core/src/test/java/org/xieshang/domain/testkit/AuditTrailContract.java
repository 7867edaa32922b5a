package org.xieshang.domain.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.audit.Actor;
import org.xieshang.domain.audit.AuditAction;
import org.xieshang.domain.audit.AuditEntry;
import org.xieshang.domain.audit.AuditQuery;
import org.xieshang.domain.audit.AuditRecord;
import org.xieshang.domain.audit.FieldChange;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.shared.PageRequest;

/** What every {@link org.xieshang.domain.audit.AuditTrail} adapter must do. */
public abstract class AuditTrailContract extends StorageContract {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00.123456Z");

    @Test
    void records_come_back_exactly_as_sealed_and_the_chain_verifies() {
        Committee committee = storedCommittee();
        AuditEntry entry = new Actor("clerk", "10.0.0.7").did(NOW, AuditAction.UPDATE, Optional.of(committee.id()), "member", "m-1",
                List.of(new FieldChange("name", "王芳", "王芳芳"), new FieldChange("mobile", null, "138****5678")), "line\r\nforged: yes");

        AuditRecord record = storage().auditTrail().append(entry);

        assertThat(record.entry().detail()).isEqualTo("line\\u000d\\u000aforged: yes");
        assertThat(storage().auditTrail().readInOrder(record.sequence() - 1, 1)).containsExactly(record);
        assertThat(storage().auditTrail().head().sequence()).isEqualTo(record.sequence());
        assertThat(Fixtures.auditChain().verify(storage().auditTrail()).intact()).isTrue();
    }

    @Test
    void search_filters_and_lists_newest_first() {
        Committee committee = storedCommittee();
        String actor = "auditor-" + committee.id();
        AuditRecord first = storage().auditTrail().append(new Actor(actor, "").did(NOW, AuditAction.SIGN_IN, Optional.of(committee.id()),
                "user", "", List.of(), ""));
        AuditRecord second = storage().auditTrail().append(new Actor(actor, "").did(NOW.plusSeconds(5), AuditAction.EXPORT,
                Optional.of(committee.id()), "audit", "", List.of(), "audit.csv"));
        storage().auditTrail().append(new Actor("someone-else", "").did(NOW, AuditAction.SIGN_IN, Optional.empty(), "user", "", List.of(), ""));

        AuditQuery byActor = new AuditQuery(Optional.empty(), Optional.empty(), Optional.of(actor), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        assertThat(storage().auditTrail().search(byActor, PageRequest.of(0, 10)).items()).containsExactly(second, first);
        AuditQuery exportsOfCommittee = new AuditQuery(Optional.of(NOW), Optional.of(NOW.plusSeconds(60)), Optional.empty(),
                Optional.of(AuditAction.EXPORT), Optional.empty(), Optional.empty(), Optional.of(committee.id()));
        assertThat(storage().auditTrail().search(exportsOfCommittee, PageRequest.of(0, 10)).items()).containsExactly(second);
        assertThat(storage().auditTrail().search(byActor, PageRequest.of(1, 1)).totalElements()).isEqualTo(2);
    }

    @Test
    void concurrent_appends_never_fork_the_chain() throws Exception {
        long before = storage().auditTrail().head().sequence();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AuditRecord>> appended = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                appended.add(pool.submit(() -> storage().auditTrail().append(new Actor("worker", "").did(NOW, AuditAction.CREATE,
                        Optional.empty(), "thing", Integer.toString(n), List.of(), ""))));
            }
            for (Future<AuditRecord> f : appended) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(storage().auditTrail().head().sequence()).isEqualTo(before + 40);
        assertThat(Fixtures.auditChain().verify(storage().auditTrail()).intact()).isTrue();
    }
}
