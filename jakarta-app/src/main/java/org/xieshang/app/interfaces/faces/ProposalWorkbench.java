package org.xieshang.app.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.xieshang.app.application.CommitteeService;
import org.xieshang.domain.committee.CommitteeId;

/**
 * What the tabs of the proposal office's workbench share: the committee chosen in the header, the year in the address,
 * and a revision that every change advances. A change in one tab (a proposal filed) moves a proposal into another (to
 * be assigned), so each tab reads its list again when it sees a newer revision than the one it read.
 */
@Named
@ViewScoped
public class ProposalWorkbench implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeSelection selection;

    @Inject
    CommitteeService committees;

    private String committeeId;
    private String committeeName;
    private Integer year;
    private int revision;

    @PostConstruct
    void init() {
        CommitteeId chosen = selection.current();
        if (chosen != null) { // none yet: the page's view action sends the user to the committees
            committeeId = chosen.toString();
            committeeName = committees.get(chosen).name();
        }
    }

    /** Tells the tabs that proposals changed. */
    void changed() {
        revision++;
    }

    int revision() {
        return revision;
    }

    CommitteeId committeeId() {
        return CommitteeId.parse(committeeId);
    }

    int year() {
        return getYear();
    }

    public String getCommitteeName() {
        return committeeName;
    }

    /** @return the year in the address, this year by default */
    public Integer getYear() {
        return year == null ? Now.today().getYear() : year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Integer> getYears() {
        return Now.recentYears(false);
    }
}
