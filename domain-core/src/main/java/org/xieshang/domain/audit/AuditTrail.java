package org.xieshang.domain.audit;

import java.util.List;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/**
 * Storage port for the append-only audit trail. There is deliberately no way to change or remove a record.
 * Implementations must pass {@code AuditTrailContract} from the test kit.
 */
public interface AuditTrail {

    /**
     * Seals the entry with {@link AuditChain#seal} after the current head and stores record and new head
     * atomically, so that concurrent appends never fork the chain.
     *
     * @param entry what happened, not null
     * @return the stored record, never null
     */
    AuditRecord append(AuditEntry entry);

    /**
     * @param query   which records, not null
     * @param request which page, not null
     * @return matching records, newest first; never null
     */
    Page<AuditRecord> search(AuditQuery query, PageRequest request);

    /**
     * @param afterSequence only records with a greater sequence number
     * @param limit         at most this many
     * @return records in sequence order, never null
     */
    List<AuditRecord> readInOrder(long afterSequence, int limit);

    /** @return the head as stored beside the records, never null */
    ChainHead head();
}
