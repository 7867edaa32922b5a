package org.xieshang.domain.testkit;

import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorId;

/**
 * Base of the contract tests: what every storage adapter must do. Extend one of the {@code …Contract}
 * classes per port (a JUnit {@code @Nested} class each is the shortest way) and return the adapter's
 * ports from {@link #storage()}.
 */
public abstract class StorageContract {

    /** @return the adapter under test; the same or fresh storage each call, never null */
    protected abstract StorageUnderTest storage();

    /** @return a stored city committee with term 13, never null */
    protected Committee storedCommittee() {
        return storage().committees().save(Fixtures.cityCommittee());
    }

    /**
     * @param committee a stored committee, not null
     * @param name      sector name, unique in the committee
     * @param order     display order
     * @return the stored sector, never null
     */
    protected Sector storedSector(Committee committee, String name, int order) {
        return storage().sectors().save(Sector.create(SectorId.generate(), committee.id(), name, order));
    }
}
