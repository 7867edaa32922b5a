package org.xieshang.app.interfaces.faces;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.xieshang.app.application.proposal.ProposalService;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.proposal.ProposalQuery;
import org.xieshang.domain.proposal.ProposalStatus;
import org.xieshang.domain.shared.PageRequest;

/** The register (登记簿) of a committee's year one page at a time from storage, by filing number, in one status or all. */
final class ProposalRegister extends LazyDataModel<ProposalRow> {

    private static final long serialVersionUID = 1L;

    private final transient ProposalService proposals;
    private final transient ProposalViews views;
    private final String committeeId;
    private final int year;
    private final ProposalStatus status;

    ProposalRegister(ProposalService proposals, ProposalViews views, CommitteeId committeeId, int year, ProposalStatus status) {
        this.proposals = proposals;
        this.views = views;
        this.committeeId = committeeId.toString();
        this.year = year;
        this.status = status;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) proposals.search(query(), PageRequest.of(0, 1)).totalElements();
    }

    @Override
    public List<ProposalRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        ProposalNames names = new ProposalNames(views);
        LocalDate today = Now.today();
        return proposals.search(query(), PageRequest.of(first / pageSize, pageSize)).items().stream().map(p -> new ProposalRow(p, names, today))
                .toList();
    }

    @Override
    public String getRowKey(ProposalRow row) {
        return row.getId();
    }

    private ProposalQuery query() {
        ProposalQuery all = ProposalQuery.of(CommitteeId.parse(committeeId), year);
        return status == null ? all : all.inStatus(Set.of(status));
    }
}
