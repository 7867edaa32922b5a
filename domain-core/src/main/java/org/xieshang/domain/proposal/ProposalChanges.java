package org.xieshang.domain.proposal;

import java.time.Clock;
import java.util.function.BiFunction;
import org.xieshang.domain.notification.Notifier;
import org.xieshang.domain.shared.Versions;

/** Applies one change to a stored proposal: the version read is checked, the change saved, and its notices sent. */
final class ProposalChanges {

    private final Proposals proposals;
    private final Notifier notifier;
    private final Clock clock;

    ProposalChanges(Proposals proposals, Notifier notifier, Clock clock) {
        this.proposals = proposals;
        this.notifier = notifier;
        this.clock = clock;
    }

    Proposal apply(ProposalId id, long expectedVersion, String actor, BiFunction<Proposal, Act, Proposal> change) {
        Proposal before = proposals.require(id);
        Versions.check("proposal", id, before.version(), expectedVersion);
        return save(before, change.apply(before, act(actor)));
    }

    Proposal save(Proposal before, Proposal after) {
        Proposal saved = proposals.save(after);
        ProposalNotices.of(before, saved).forEach(notifier::send);
        return saved;
    }

    Act act(String actor) {
        return Act.now(actor, clock);
    }

    Proposals proposals() {
        return proposals;
    }
}
