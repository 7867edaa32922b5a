package org.xieshang.domain.proposal;

import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** Port: storage of proposals. Implementations are thread-safe. */
public interface Proposals {

    /**
     * @param id an identifier, not null
     * @return the proposal, if stored
     */
    Optional<Proposal> find(ProposalId id);

    /**
     * @param proposal the proposal, carrying the version it was read at (0 if new), not null
     * @return the proposal as stored, with its new version, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if it changed since it was read
     * @throws org.xieshang.domain.shared.DuplicateException {@code proposal.number.duplicate} if another proposal of the committee's
     *                                                      year has its filing number
     */
    Proposal save(Proposal proposal);

    /**
     * @param query   what to list, not null
     * @param request which page, not null
     * @return the page, by filing number then title; never null
     */
    Page<Proposal> search(ProposalQuery query, PageRequest request);

    /**
     * @param query what to list, not null
     * @return every match, by filing number then title; never null
     */
    List<Proposal> all(ProposalQuery query);

    /**
     * @param bundle a bundle, not null
     * @return the proposals handled in it, by filing number; never null
     */
    List<Proposal> inBundle(BundleId bundle);

    /**
     * @param committeeId the committee, not null
     * @param year        the year
     * @return the highest filing number given that year, 0 if none
     */
    int highestNumber(CommitteeId committeeId, int year);

    /**
     * @param id an identifier, not null
     * @return the proposal, never null
     * @throws NotFoundException {@code not-found.proposal}
     */
    default Proposal require(ProposalId id) {
        return find(id).orElseThrow(() -> new NotFoundException("proposal", null, id));
    }
}
