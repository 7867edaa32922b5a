package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitKind;

/** A handling unit in the editable registry: name, kind and contact can be changed in the row. */
public class HandlingUnitRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final long version;
    private final boolean active;
    private String name;
    private HandlingUnitKind kind;
    private String contactPerson;
    private String contactPhone;

    HandlingUnitRow(HandlingUnit unit) {
        this.id = unit.id().toString();
        this.version = unit.version();
        this.active = unit.active();
        this.name = unit.name();
        this.kind = unit.kind();
        this.contactPerson = unit.contactPerson().orElse(null);
        this.contactPhone = unit.contactPhone().orElse(null);
    }

    public String getId() {
        return id;
    }

    long version() {
        return version;
    }

    public boolean isActive() {
        return active;
    }

    /** @return the kind as the page's language names it */
    public String getKindLabel() {
        return Texts.label(kind);
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
