package org.xieshang.app.application.leader;

import org.xieshang.domain.proposal.Proposal;

/**
 * A key proposal (重点提案) on a leader's screen, with the signed-in leader's part in it. Immutable.
 *
 * @param proposal    the proposal, designated key; not null
 * @param leading     whether the leader leads its handling (领办)
 * @param supervising whether the leader supervises it (督办)
 */
public record KeyProposal(Proposal proposal, boolean leading, boolean supervising) {

    /** @return whether the leader leads or supervises it */
    public boolean isMine() {
        return leading || supervising;
    }
}
