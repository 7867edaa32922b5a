package org.xieshang.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.inmemory.InMemoryAuditTrail;
import org.xieshang.domain.testkit.Fixtures;

class AuditChainTest {

    private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
    private final AuditChain chain = Fixtures.auditChain();
    private final InMemoryAuditTrail trail = new InMemoryAuditTrail(chain);

    @BeforeEach
    void fiveRecords() {
        for (int i = 1; i <= 5; i++) {
            trail.append(entry("member-" + i, "old " + i, "new " + i));
        }
    }

    @Test
    void an_untouched_chain_verifies() {
        assertThat(chain.verify(trail)).isEqualTo(new ChainVerification(ChainVerification.Problem.NONE, 5, 0));
    }

    @Test
    void a_changed_value_is_detected_at_its_record() {
        AuditRecord third = trail.readInOrder(2, 1).get(0);
        trail.tamper(3, new AuditRecord(3, entry("member-3", "old 3", "something else"), third.previousHash(), third.hash()));

        assertThat(chain.verify(trail)).isEqualTo(new ChainVerification(ChainVerification.Problem.ALTERED, 3, 3));
    }

    @Test
    void a_record_rehashed_without_the_key_is_detected() {
        AuditRecord third = trail.readInOrder(2, 1).get(0);
        AuditChain forger = new AuditChain("a key that is not the installation's".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        AuditRecord forged = forger.seal(new ChainHead(2, third.previousHash()), entry("member-3", "old 3", "forged"));
        trail.tamper(3, forged);

        assertThat(chain.verify(trail).problem()).isEqualTo(ChainVerification.Problem.ALTERED);
    }

    @Test
    void a_removed_record_is_detected() {
        trail.tamper(2, null);

        assertThat(chain.verify(trail)).isEqualTo(new ChainVerification(ChainVerification.Problem.MISSING, 2, 2));
    }

    @Test
    void records_removed_from_the_end_are_detected_by_the_head() {
        trail.tamper(5, null);

        assertThat(chain.verify(trail)).isEqualTo(new ChainVerification(ChainVerification.Problem.TRUNCATED, 4, 5));
    }

    @Test
    void line_breaks_and_control_characters_cannot_forge_log_lines() {
        AuditEntry entry = new Actor("eve\n2026-11-22 SIGN_IN admin", "1.2.3.4\u001b[31m").did(NOW, AuditAction.SIGN_IN_FAILED, Optional.empty(),
                "user", "", List.of(new FieldChange("name\r", "a\u202eb", null)), "\\u000a");

        assertThat(entry.actor()).isEqualTo("eve\\u000a2026-11-22 SIGN_IN admin");
        assertThat(entry.clientAddress()).isEqualTo("1.2.3.4\\u001b[31m");
        assertThat(entry.changes().get(0).field()).isEqualTo("name\\u000d");
        assertThat(entry.changes().get(0).before()).isEqualTo("a\\u202eb");
        assertThat(entry.detail()).isEqualTo("\\u000a");
        assertThat(AuditText.safe(entry.actor())).isEqualTo(entry.actor());
    }

    @Test
    void field_changes_list_only_what_differs() {
        assertThat(FieldChange.between(java.util.Map.of("a", "1", "b", "2"), java.util.Map.of("a", "1", "b", "3", "c", "4")))
                .containsExactlyInAnyOrder(new FieldChange("b", "2", "3"), new FieldChange("c", null, "4"));
        assertThat(FieldChange.between(null, java.util.Map.of("a", "1"))).containsExactly(new FieldChange("a", null, "1"));
    }

    private static AuditEntry entry(String id, String before, String after) {
        return new Actor("clerk", "10.0.0.1").did(NOW, AuditAction.UPDATE, Optional.empty(), "member", id,
                List.of(new FieldChange("name", before, after)), "");
    }
}
