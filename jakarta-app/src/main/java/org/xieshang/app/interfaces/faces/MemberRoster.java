package org.xieshang.app.interfaces.faces;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.xieshang.app.application.MemberService;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.member.MemberSort;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.PageRequest;

/** The member list one page at a time from storage, with the filter form's current values; sorted by name (pinyin) or code. */
final class MemberRoster extends LazyDataModel<MemberRow> {

    private static final long serialVersionUID = 1L;

    private final MemberService members;
    private final String committeeId;
    private final MemberFilter filter;
    private final Map<SectorId, String> sectorNames;

    MemberRoster(MemberService members, CommitteeId committeeId, MemberFilter filter, Map<SectorId, String> sectorNames) {
        this.members = members;
        this.committeeId = committeeId.toString();
        this.filter = filter;
        this.sectorNames = Map.copyOf(sectorNames);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) members.count(query());
    }

    @Override
    public List<MemberRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        MemberQuery query = sortBy.values().stream().findFirst()
                .map(sort -> query().sortedBy("code".equals(sort.getField()) ? MemberSort.CODE : MemberSort.NAME, !sort.getOrder().isDescending()))
                .orElseGet(this::query);
        return members.search(query, PageRequest.of(first / pageSize, pageSize)).items().stream()
                .map(member -> MemberRow.of(member, query.termNumber(), sectorNames))
                .toList();
    }

    @Override
    public String getRowKey(MemberRow row) {
        return row.id();
    }

    private MemberQuery query() {
        return filter.toQuery(CommitteeId.parse(committeeId));
    }
}
