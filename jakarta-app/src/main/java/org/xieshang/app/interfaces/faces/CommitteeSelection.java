package org.xieshang.app.interfaces.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xieshang.app.application.CommitteeService;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;

/**
 * The committee whose sectors and members the screens show, chosen in the page header. Starts at the
 * highest-level committee, for city staff the city committee.
 */
@Named
@SessionScoped
public class CommitteeSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeService committees;

    private String committeeId;

    public String getCommitteeId() {
        if (committeeId == null) {
            committeeId = hierarchy().stream().findFirst().map(c -> c.id().toString()).orElse(null);
        }
        return committeeId;
    }

    public void setCommitteeId(String committeeId) {
        this.committeeId = committeeId;
    }

    /** @return the chosen committee, never null while any committee exists */
    public CommitteeId current() {
        String id = getCommitteeId();
        return id == null ? null : CommitteeId.parse(id);
    }

    /** @return the committee overview when there is no committee to work on yet, else null: stay on the page */
    public String requireCommittee() {
        return getCommitteeId() == null ? "/committees.xhtml?faces-redirect=true" : null;
    }

    /** @param id the committee to work on @return the page to show next, the member list */
    public String select(CommitteeId id) {
        committeeId = id.toString();
        return "/members.xhtml?faces-redirect=true";
    }

    /** Shows the current page again for the newly chosen committee (called by the header's menu). */
    public void reload() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + FacesContext.getCurrentInstance().getViewRoot().getViewId());
    }

    /** @return every committee, each county under its city, for the header's menu */
    public List<SelectItem> getOptions() {
        return hierarchy().stream().map(c -> new SelectItem(c.id().toString(), c.parentId().isPresent() ? "　" + c.name() : c.name())).toList();
    }

    /** @return every committee top-down: each one followed by its children, levels and names in order */
    List<Committee> hierarchy() {
        List<Committee> all = committees.all().stream()
                .sorted(Comparator.comparing(Committee::level).thenComparing(Committee::name)).toList();
        List<Committee> ordered = new ArrayList<>();
        all.stream().filter(c -> c.parentId().isEmpty() || all.stream().noneMatch(p -> p.id().equals(c.parentId().get())))
                .forEach(root -> addWithChildren(root, all, ordered));
        return ordered;
    }

    private static void addWithChildren(Committee committee, List<Committee> all, List<Committee> ordered) {
        ordered.add(committee);
        all.stream().filter(c -> c.parentId().filter(committee.id()::equals).isPresent()).forEach(child -> addWithChildren(child, all, ordered));
    }
}
