package org.xieshang.app.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.RowEditEvent;
import org.xieshang.app.application.CommitteeService;
import org.xieshang.app.application.MemberService;
import org.xieshang.app.application.SectorService;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.sector.SectorPreset;
import org.xieshang.domain.shared.DomainException;

/**
 * Sector management (界别管理) for the chosen committee: its list with the current term's members per sector,
 * adding a sector, renaming and reordering in the row, and the usual list as a preset for a new committee.
 */
@Named
@ViewScoped
public class SectorsView implements Serializable {

    private static final String FORM = "sectorForm";
    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeSelection selection;

    @Inject
    CommitteeService committees;

    @Inject
    SectorService sectors;

    @Inject
    MemberService members;

    private String committeeId;
    private String committeeName;
    private String termName;
    private List<SectorRow> rows;
    private String chart;
    private String newSectorName;

    @PostConstruct
    void init() {
        Committee committee = committees.get(selection.current());
        committeeId = committee.id().toString();
        committeeName = committee.name();
        Integer term = committee.latestTerm().map(t -> t.number()).orElse(null);
        termName = term == null ? "" : Texts.term(term);
        rows = sectors.listOf(committee.id()).stream()
                .map(s -> new SectorRow(s, term == null ? 0 : members.count(MemberQuery.of(committee.id()).withTerm(term).withSector(s.id()).withCurrent(true))))
                .toList();
        chart = SectorChart.json(rows, Texts.text("sectors.chart.series", termName));
    }

    /** Adds a sector at the end of the list. */
    public void add() {
        try {
            sectors.add(CommitteeId.parse(committeeId), newSectorName);
            FormErrors.confirm("sectors.added", newSectorName);
            newSectorName = null;
            init();
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    /** Starts an empty list from the usual one (DOMAIN.md's 界别 list). */
    public void applyPreset() {
        try {
            sectors.applyPreset(CommitteeId.parse(committeeId), SectorPreset.STANDARD);
            init();
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    /** Saves a renamed or reordered sector; a refusal keeps the row open for correction. */
    public void onRowEdit(RowEditEvent<SectorRow> event) {
        SectorRow row = event.getObject();
        try {
            sectors.revise(SectorId.parse(row.getId()), row.version(), row.getName(), row.getDisplayOrder());
            FormErrors.confirm("sectors.saved", row.getName());
            init();
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    public String getCommitteeName() {
        return committeeName;
    }

    public String getTermName() {
        return termName;
    }

    public List<SectorRow> getRows() {
        return rows;
    }

    public String getChart() {
        return chart;
    }

    public String getNewSectorName() {
        return newSectorName;
    }

    public void setNewSectorName(String newSectorName) {
        this.newSectorName = newSectorName;
    }
}
