package org.xieshang.domain.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.xieshang.domain.audit.AuditChain;
import org.xieshang.domain.audit.AuditEntry;
import org.xieshang.domain.audit.AuditQuery;
import org.xieshang.domain.audit.AuditRecord;
import org.xieshang.domain.audit.AuditTrail;
import org.xieshang.domain.audit.ChainHead;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** The audit trail kept in memory. Thread-safe. */
public final class InMemoryAuditTrail implements AuditTrail {

    private final AuditChain chain;
    private final List<AuditRecord> records = new ArrayList<>();
    private ChainHead head = ChainHead.empty();

    /** @param chain seals the records, not null */
    public InMemoryAuditTrail(AuditChain chain) {
        this.chain = Objects.requireNonNull(chain, "chain");
    }

    @Override
    public synchronized AuditRecord append(AuditEntry entry) {
        AuditRecord record = chain.seal(head, entry);
        records.add(record);
        head = new ChainHead(record.sequence(), record.hash());
        return record;
    }

    @Override
    public synchronized Page<AuditRecord> search(AuditQuery query, PageRequest request) {
        List<AuditRecord> newestFirst = new ArrayList<>();
        for (int i = records.size() - 1; i >= 0; i--) {
            if (query.matches(records.get(i))) {
                newestFirst.add(records.get(i));
            }
        }
        return Page.of(newestFirst, request);
    }

    @Override
    public synchronized List<AuditRecord> readInOrder(long afterSequence, int limit) {
        return records.stream().filter(r -> r.sequence() > afterSequence).limit(limit).toList();
    }

    @Override
    public synchronized ChainHead head() {
        return head;
    }

    /**
     * Replaces a stored record, as an attacker with database access could; for tests of tamper detection.
     *
     * @param sequence the record to replace
     * @param forged   what to put in its place, or null to remove it
     */
    public synchronized void tamper(long sequence, AuditRecord forged) {
        records.removeIf(r -> r.sequence() == sequence);
        if (forged != null) {
            records.add(forged);
            records.sort(Comparator.comparingLong(AuditRecord::sequence));
        }
    }
}
