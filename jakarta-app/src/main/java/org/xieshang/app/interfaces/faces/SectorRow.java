package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import org.xieshang.domain.sector.Sector;

/** A sector in the editable sector list: name and display order can be changed in the row. */
public class SectorRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final long version;
    private final long currentMembers;
    private String name;
    private int displayOrder;

    SectorRow(Sector sector, long currentMembers) {
        this.id = sector.id().toString();
        this.version = sector.version();
        this.currentMembers = currentMembers;
        this.name = sector.name();
        this.displayOrder = sector.displayOrder();
    }

    public String getId() {
        return id;
    }

    long version() {
        return version;
    }

    public long getCurrentMembers() {
        return currentMembers;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public void setDisplayOrder(int displayOrder) {
        this.displayOrder = displayOrder;
    }
}
