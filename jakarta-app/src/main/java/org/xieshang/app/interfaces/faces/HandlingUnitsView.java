package org.xieshang.app.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.primefaces.event.RowEditEvent;
import org.xieshang.app.application.CommitteeService;
import org.xieshang.app.application.HandlingUnitService;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.committee.HandlingUnitKind;
import org.xieshang.domain.security.Permission;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.shared.DomainException;

/**
 * The registry of handling units (承办单位) for the chosen committee: the active units, or all with the
 * deactivated ones; the proposal office registers a unit, changes one in its row, deactivates one that was
 * merged away and reactivates one deactivated by mistake.
 */
@Named
@ViewScoped
public class HandlingUnitsView implements Serializable {

    private static final String FORM = "unitForm";
    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeSelection selection;

    @Inject
    CommitteeService committees;

    @Inject
    HandlingUnitService units;

    @Inject
    AccessControl access;

    private String committeeId;
    private String committeeName;
    private boolean managing;
    private boolean showInactive;
    private List<HandlingUnitRow> rows;
    private String name;
    private HandlingUnitKind kind = HandlingUnitKind.GOVERNMENT_DEPARTMENT;
    private String contactPerson;
    private String contactPhone;

    @PostConstruct
    void init() {
        Committee committee = committees.get(selection.current());
        committeeId = committee.id().toString();
        committeeName = committee.name();
        managing = access.allows(Permission.PROPOSAL_MANAGE, Target.committee(committee.id()));
        rows = units.listOf(committee.id(), showInactive ? Optional.empty() : Optional.of(true)).stream().map(HandlingUnitRow::new).toList();
    }

    /** Shows or hides the deactivated units. */
    public void search() {
        init();
    }

    /** Registers the unit from the form below the list. */
    public void register() {
        try {
            HandlingUnit unit = units.register(CommitteeId.parse(committeeId), name, kind, contactPerson, contactPhone);
            FormErrors.confirm("units.added", unit.name());
            name = null;
            contactPerson = null;
            contactPhone = null;
            init();
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    /** Saves a changed row; a refusal keeps the row open for correction. */
    public void onRowEdit(RowEditEvent<HandlingUnitRow> event) {
        HandlingUnitRow row = event.getObject();
        try {
            units.revise(HandlingUnitId.parse(row.getId()), row.version(), row.getName(), row.getKind(), row.getContactPerson(),
                    row.getContactPhone());
            FormErrors.confirm("units.saved", row.getName());
            init();
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    public void deactivate(HandlingUnitRow row) {
        act(row, id -> units.deactivate(id, row.version()));
    }

    public void reactivate(HandlingUnitRow row) {
        act(row, id -> units.reactivate(id, row.version()));
    }

    private void act(HandlingUnitRow row, Function<HandlingUnitId, HandlingUnit> action) {
        try {
            action.apply(HandlingUnitId.parse(row.getId()));
            FormErrors.confirm("units.saved", row.getName());
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
        init();
    }

    public String getCommitteeName() {
        return committeeName;
    }

    /** @return whether the user keeps the registry, so that the changes are offered */
    public boolean isManaging() {
        return managing;
    }

    public boolean isShowInactive() {
        return showInactive;
    }

    public void setShowInactive(boolean showInactive) {
        this.showInactive = showInactive;
    }

    public List<HandlingUnitRow> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public HandlingUnitKind getKind() {
        return kind;
    }

    public void setKind(HandlingUnitKind kind) {
        this.kind = kind;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
