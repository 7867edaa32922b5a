package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.xieshang.domain.testkit.CommitteesContract;
import org.xieshang.domain.testkit.LiaisonAndWorkstationsContract;
import org.xieshang.domain.testkit.MembersContract;
import org.xieshang.domain.testkit.SectorsContract;
import org.xieshang.domain.testkit.StorageUnderTest;

/** The JPA adapters on embedded Derby, migrated by Flyway, pass the storage contract. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaDerbyStorageTest {

    private final EntityManagerFactory emf = Databases.derby();
    private final StorageUnderTest storage = Databases.storage(emf);

    @AfterAll
    void close() {
        emf.close();
    }

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
