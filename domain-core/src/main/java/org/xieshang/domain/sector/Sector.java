package org.xieshang.domain.sector;

import java.util.Objects;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.Guard;

/**
 * A sector (界别) of one committee: the grouping its members are nominated by. Each committee keeps
 * its own list. Aggregate root; immutable and thread-safe.
 */
public final class Sector {

    /** Longest sector name. */
    public static final int NAME_MAX = 50;

    private final SectorId id;
    private final CommitteeId committeeId;
    private final String name;
    private final int displayOrder;
    private final long version;

    private Sector(SectorId id, CommitteeId committeeId, String name, int displayOrder, long version) {
        this.id = Guard.required(id, "id");
        this.committeeId = Guard.required(committeeId, "committeeId");
        this.name = Guard.text(name, "name", NAME_MAX);
        Guard.check(displayOrder >= 0, "sector.order.negative", "displayOrder");
        this.displayOrder = displayOrder;
        Guard.check(version >= 0, "version.negative", "version");
        this.version = version;
    }

    /**
     * @param id           identifier, not null
     * @param committeeId  the committee whose list it joins, not null
     * @param name         name, unique within the committee (checked by {@link SectorAdministration}), not blank
     * @param displayOrder position in the committee's list, from 0
     * @return the new sector at version 0, never null
     */
    public static Sector create(SectorId id, CommitteeId committeeId, String name, int displayOrder) {
        return new Sector(id, committeeId, name, displayOrder, 0);
    }

    /**
     * Rebuilds a stored sector. For storage adapters.
     *
     * @param id           identifier, not null
     * @param committeeId  committee, not null
     * @param name         name, not blank
     * @param displayOrder position, from 0
     * @param version      stored version
     * @return the sector, never null
     */
    public static Sector restore(SectorId id, CommitteeId committeeId, String name, int displayOrder, long version) {
        return new Sector(id, committeeId, name, displayOrder, version);
    }

    /**
     * @param newName      new name, not blank
     * @param newOrder     new position, from 0
     * @return this sector renamed and moved, never null
     */
    public Sector revise(String newName, int newOrder) {
        return new Sector(id, committeeId, newName, newOrder, version);
    }

    /** @return the identifier, never null */
    public SectorId id() {
        return id;
    }

    /** @return the committee, never null */
    public CommitteeId committeeId() {
        return committeeId;
    }

    /** @return the name, never null */
    public String name() {
        return name;
    }

    /** @return the position in the committee's list, from 0 */
    public int displayOrder() {
        return displayOrder;
    }

    /** @return the stored version; 0 if never stored */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sector other && id.equals(other.id) && version == other.version && committeeId.equals(other.committeeId)
                && name.equals(other.name) && displayOrder == other.displayOrder;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Sector[" + name + ", v" + version + "]";
    }
}
