package org.xieshang.domain.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.PublicSubmission;
import org.xieshang.domain.consultation.PublicSubmissions;
import org.xieshang.domain.consultation.ReceiptNumber;

/** Public submissions kept in memory. Thread-safe. */
public final class InMemoryPublicSubmissions implements PublicSubmissions {

    private final InMemoryStore<ReceiptNumber, PublicSubmission> store = new InMemoryStore<>("public-submission", new InMemoryStore.Shape<>() {
        @Override
        public ReceiptNumber idOf(PublicSubmission submission) {
            return submission.receipt();
        }

        @Override
        public long versionOf(PublicSubmission submission) {
            return submission.version();
        }

        @Override
        public PublicSubmission withVersion(PublicSubmission s, long version) {
            return new PublicSubmission(s.receipt(), s.committeeId(), s.year(), s.draft(), s.receivedOn(), s.status(), s.topicId(), s.reply(), version);
        }
    });

    @Override
    public Optional<PublicSubmission> find(ReceiptNumber receipt) {
        return store.find(receipt);
    }

    @Override
    public PublicSubmission save(PublicSubmission submission) {
        return store.save(submission);
    }

    @Override
    public List<PublicSubmission> of(CommitteeId committeeId, int year) {
        return store.filter(s -> s.committeeId().equals(committeeId) && s.year() == year).stream()
                .sorted(Comparator.comparing(PublicSubmission::receivedOn).thenComparing(s -> s.receipt().value())).toList();
    }
}
