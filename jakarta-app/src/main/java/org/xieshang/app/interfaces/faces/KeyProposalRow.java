package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.time.LocalDate;
import org.xieshang.app.application.leader.KeyProposal;

/** A key proposal (重点提案) on a leader's page: the proposal's line, its supervising leaders, and the leader's own part in it. */
public class KeyProposalRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ProposalRow proposal;
    private final String supervisingLeaders;
    private final boolean leading;
    private final boolean supervising;

    KeyProposalRow(KeyProposal key, ProposalNames names, LocalDate today) {
        proposal = new ProposalRow(key.proposal(), names, today);
        supervisingLeaders = key.proposal().key().map(k -> String.join("、", k.supervisingLeaders())).orElse("");
        leading = key.leading();
        supervising = key.supervising();
    }

    public ProposalRow getProposal() {
        return proposal;
    }

    public String getSupervisingLeaders() {
        return supervisingLeaders;
    }

    /** @return whether the signed-in leader leads its handling (领办) */
    public boolean isLeading() {
        return leading;
    }

    /** @return whether the signed-in leader supervises it (督办) */
    public boolean isSupervising() {
        return supervising;
    }
}
