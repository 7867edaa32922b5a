package org.xieshang.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals audit entries into a hash chain and checks it: each record's hash is an HMAC-SHA256, under a key
 * from configuration, over its sequence number, the previous record's hash and its whole content. Changing,
 * removing or reordering a record breaks every hash after it, and without the key nobody can forge a
 * consistent chain. Thread-safe.
 */
public final class AuditChain {

    /** The "previous hash" of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private final SecretKeySpec key;

    /**
     * @param key the HMAC key, at least 32 bytes, not null
     */
    public AuditChain(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the audit key needs at least 256 bits");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /**
     * @param previous the head of the chain so far, not null
     * @param entry    what happened, not null
     * @return the entry as the next record of the chain, never null
     */
    public AuditRecord seal(ChainHead previous, AuditEntry entry) {
        long sequence = previous.sequence() + 1;
        return new AuditRecord(sequence, entry, previous.hash(), hash(sequence, previous.hash(), entry));
    }

    /**
     * Checks the records up to the stored head, in sequence order, batch after batch.
     *
     * @param trail the storage, not null
     * @return the first problem found, never null
     */
    public ChainVerification verify(AuditTrail trail) {
        // The head first: records appended while checking lie beyond it and are left for the next check.
        ChainHead head = trail.head();
        long expectedSequence = 1;
        String previousHash = GENESIS;
        long checked = 0;
        List<AuditRecord> batch = trail.readInOrder(0, 1000);
        while (!batch.isEmpty() && expectedSequence <= head.sequence()) {
            for (AuditRecord record : batch) {
                if (record.sequence() > head.sequence()) {
                    break;
                }
                checked++;
                if (record.sequence() != expectedSequence) {
                    return new ChainVerification(ChainVerification.Problem.MISSING, checked, expectedSequence);
                }
                boolean linked = record.previousHash().equals(previousHash);
                boolean unchanged = MessageDigest.isEqual(bytes(record.hash()), bytes(hash(record.sequence(), record.previousHash(), record.entry())));
                if (!linked || !unchanged) {
                    return new ChainVerification(ChainVerification.Problem.ALTERED, checked, record.sequence());
                }
                previousHash = record.hash();
                expectedSequence++;
            }
            batch = trail.readInOrder(expectedSequence - 1, 1000);
        }
        if (head.sequence() >= expectedSequence) {
            return new ChainVerification(ChainVerification.Problem.TRUNCATED, checked, expectedSequence);
        }
        if (!head.hash().equals(previousHash)) {
            return new ChainVerification(ChainVerification.Problem.ALTERED, checked, head.sequence());
        }
        return new ChainVerification(ChainVerification.Problem.NONE, checked, 0);
    }

    String hash(long sequence, String previousHash, AuditEntry entry) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, Long.toString(sequence));
        field(canonical, previousHash);
        field(canonical, entry.occurredAt().toString());
        field(canonical, entry.actor());
        field(canonical, entry.committeeId().map(Object::toString).orElse(null));
        field(canonical, entry.clientAddress());
        field(canonical, entry.action().name());
        field(canonical, entry.entityType());
        field(canonical, entry.entityId());
        field(canonical, Integer.toString(entry.changes().size()));
        for (FieldChange change : entry.changes()) {
            field(canonical, change.field());
            field(canonical, change.before());
            field(canonical, change.after());
        }
        field(canonical, entry.detail());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Length-prefixed, so that no two different entries give the same text; -1 marks null. */
    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("-1:");
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append('|');
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
