package org.xieshang.app.application.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import org.xieshang.app.application.proposal.ProposalView;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalAction;
import org.xieshang.domain.proposal.ProposalStatus;

/**
 * Puts changes into the change feed inside the change's transaction. A proposal enters the feed when it is submitted;
 * a draft is its proposer's own. One returned to its proposer for revision or withdrawn leaves it with a tombstone,
 * and comes back in full if submitted again.
 */
@ApplicationScoped
public class FeedPublisher {

    /** The feed's item type for proposals. */
    public static final String PROPOSAL = "proposal";

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ChangeFeed feed;

    @Inject
    ProposalViews views;

    @Inject
    Clock clock;

    /** @param proposal the proposal as just saved, not null */
    public void proposal(Proposal proposal) {
        boolean everSubmitted = proposal.history().stream().anyMatch(t -> t.action() == ProposalAction.SUBMIT);
        if (!everSubmitted) {
            return;
        }
        boolean gone = proposal.status() == ProposalStatus.DRAFT || proposal.status() == ProposalStatus.WITHDRAWN;
        String payload = gone ? null : JSON.toJson(views.of(proposal), ProposalView.class);
        feed.append(proposal.committeeId(), PROPOSAL, proposal.id().toString(), proposal.version(), payload, clock.instant());
    }
}
