package org.xieshang.app.interfaces.faces;

import java.util.List;
import org.xieshang.app.application.proposal.ProposalService;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalQuery;
import org.xieshang.domain.shared.Page;

/** Whole listings for the screens that work through a queue on one page: read page by page, as far as the user may read. */
final class ProposalLists {

    private ProposalLists() {
    }

    /** @return every proposal of the query the user may read, by filing number then title */
    static List<Proposal> all(ProposalService proposals, ProposalQuery query) {
        return Page.all(request -> proposals.search(query, request));
    }

    /** @return whether the row's title or number contains the text typed into a list's search box (none: all rows) */
    static boolean matches(ProposalRow row, String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String text = search.strip();
        return row.getTitle().contains(text) || row.getNumber().equals(text) || row.getProposer().contains(text);
    }
}
