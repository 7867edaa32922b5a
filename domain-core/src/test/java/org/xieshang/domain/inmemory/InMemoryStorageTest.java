package org.xieshang.domain.inmemory;

import org.junit.jupiter.api.Nested;
import org.xieshang.domain.testkit.CommitteesContract;
import org.xieshang.domain.testkit.LiaisonAndWorkstationsContract;
import org.xieshang.domain.testkit.MembersContract;
import org.xieshang.domain.testkit.SectorsContract;
import org.xieshang.domain.testkit.StorageUnderTest;

/** The in-memory adapters pass the same contract as every other storage adapter. */
class InMemoryStorageTest {

    private final StorageUnderTest storage = StorageUnderTest.inMemory();

    @Nested
    class Committees extends CommitteesContract {
        @Override
        protected StorageUnderTest storage() {
            return storage;
        }
    }

    @Nested
    class Sectors extends SectorsContract {
        @Override
        protected StorageUnderTest storage() {
            return storage;
        }
    }

    @Nested
    class Members extends MembersContract {
        @Override
        protected StorageUnderTest storage() {
            return storage;
        }
    }

    @Nested
    class LiaisonGroupsAndWorkstations extends LiaisonAndWorkstationsContract {
        @Override
        protected StorageUnderTest storage() {
            return storage;
        }
    }
}
