package org.xieshang.app.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import org.xieshang.app.application.CommitteeService;
import org.xieshang.app.application.MemberService;
import org.xieshang.app.application.SectorService;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorId;

/** The member list (委员名单) of the chosen committee: filters, lazy paging, sorting; the latest term at first. */
@Named
@ViewScoped
public class MembersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "roster:table";

    @Inject
    CommitteeSelection selection;

    @Inject
    CommitteeService committees;

    @Inject
    SectorService sectors;

    @Inject
    MemberService members;

    private final MemberFilter filter = new MemberFilter();
    private String committeeName;
    private List<SelectItem> termOptions;
    private List<SelectItem> sectorOptions;
    private LazyDataModel<MemberRow> roster;

    @PostConstruct
    void init() {
        Committee committee = committees.get(selection.current());
        committeeName = committee.name();
        termOptions = Options.terms(committee);
        committee.latestTerm().map(Term::number).ifPresent(filter::setTermNumber);
        List<Sector> list = sectors.listOf(committee.id());
        sectorOptions = Options.sectors(list);
        Map<SectorId, String> sectorNames = list.stream().collect(Collectors.toMap(Sector::id, Sector::name));
        roster = new MemberRoster(members, committee.id(), filter, sectorNames);
    }

    /** Applies the filters from the first page on. */
    public void search() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        table.setFirst(0);
    }

    /** Clears every filter but the term, from the first page on. */
    public void clear() {
        filter.setName(null);
        filter.setSectorId(null);
        filter.setParty(null);
        filter.setStanding(null);
        filter.setCurrent(null);
        filter.setRegion(null);
        search();
    }

    public MemberFilter getFilter() {
        return filter;
    }

    public String getCommitteeName() {
        return committeeName;
    }

    public List<SelectItem> getTermOptions() {
        return termOptions;
    }

    public List<SelectItem> getSectorOptions() {
        return sectorOptions;
    }

    public LazyDataModel<MemberRow> getRoster() {
        return roster;
    }
}
