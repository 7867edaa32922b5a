package org.xieshang.app.interfaces.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.xieshang.app.application.proposal.ProposalService;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.proposal.ProposalQuery;

/**
 * A handling unit's portal (承办单位办理): the proposals of the year assigned to the signed-in account's unit, as lead or
 * co-handling unit, those waiting for acknowledgement first, then by deadline, overdue ones marked. Accounts without a
 * unit have no page here.
 */
@Named
@ViewScoped
public class UnitProposalsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser user;

    @Inject
    ProposalService proposals;

    @Inject
    ProposalViews views;

    private String committeeId;
    private String unitId;
    private String unitName;
    private Integer year;
    private String search;
    private List<UnitAssignmentRow> rows = List.of();

    /** Loads the unit's assignments; 403 for an account that is no unit's. */
    public void load() {
        if (user.subject().unitId().isEmpty()) {
            Pages.sendError(403);
            return;
        }
        HandlingUnitId own = proposals.ownUnit();
        unitId = own.toString();
        committeeId = user.subject().committeeId().toString();
        unitName = views.unitName(own);
        reload();
    }

    /** Reads the list again, after a change on the page. */
    void reload() {
        HandlingUnitId unit = HandlingUnitId.parse(unitId);
        ProposalNames names = new ProposalNames(views);
        LocalDate today = Now.today();
        rows = ProposalLists.all(proposals, ProposalQuery.of(CommitteeId.parse(committeeId), getYear()).assignedTo(unit)).stream()
                .map(p -> new UnitAssignmentRow(p, unit, names, today)).sorted(UnitAssignmentRow.urgentFirst()).toList();
    }

    /** @return the assignments, narrowed by the search box */
    public List<UnitAssignmentRow> getRows() {
        return rows.stream().filter(r -> ProposalLists.matches(r.getProposal(), search)).toList();
    }

    public long getWaiting() {
        return rows.stream().filter(r -> !r.isAcknowledged()).count();
    }

    public long getOverdue() {
        return rows.stream().filter(r -> r.getProposal().isOverdue()).count();
    }

    public String getUnitName() {
        return unitName;
    }

    public Integer getYear() {
        return year == null ? Now.today().getYear() : year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Integer> getYears() {
        return Now.recentYears(false);
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
