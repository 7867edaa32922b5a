package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManagerFactory;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.xieshang.domain.calendar.WorkingCalendars;
import org.xieshang.domain.proposal.Proposals;
import org.xieshang.domain.socialreport.SocialReports;
import org.xieshang.domain.testkit.ConsultationStorage;
import org.xieshang.domain.testkit.DutyStorage;
import org.xieshang.domain.testkit.StorageContractSuite;
import org.xieshang.domain.testkit.StorageUnderTest;

/**
 * The JPA adapters on PostgreSQL, the production database, pass the storage contract. Each run works
 * in a schema of its own, dropped afterwards. Where no server answers the tests are skipped, unless
 * {@code XIESHANG_REQUIRE_POSTGRES=true} (CI sets it) makes that a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaPostgresStorageTest extends StorageContractSuite {

    private final String schema = "xs_test_" + UUID.randomUUID().toString().replace("-", "");
    private EntityManagerFactory emf;
    private StorageUnderTest storage;
    private DutyStorage duty;
    private ConsultationStorage consultation;
    private WorkingCalendars calendars;
    private Proposals proposals;
    private SocialReports socialReports;

    @BeforeAll
    void connect() {
        emf = Databases.requiredPostgres(schema);
        storage = Databases.storage(emf);
        duty = Databases.dutyStorage(emf);
        consultation = Databases.consultationStorage(emf);
        calendars = Databases.calendars(emf);
        proposals = Databases.proposals(emf);
        socialReports = Databases.socialReports(emf);
    }

    @AfterAll
    void dropSchema() {
        if (emf != null) {
            emf.close();
            Databases.dropPostgresSchema(schema);
        }
    }

    @Override
    protected StorageUnderTest storageUnderTest() {
        return storage;
    }

    @Override
    protected DutyStorage dutyStorageUnderTest() {
        return duty;
    }

    @Override
    protected ConsultationStorage consultationStorageUnderTest() {
        return consultation;
    }

    @Override
    protected WorkingCalendars calendarsUnderTest() {
        return calendars;
    }

    @Override
    protected Proposals proposalsUnderTest() {
        return proposals;
    }

    @Override
    protected SocialReports socialReportsUnderTest() {
        return socialReports;
    }

    /** What the duty-file contract leaves to the JPA adapters. */
    @Nested
    class DutyAdapters extends DutyAdapterChecks {
        @Override
        protected EntityManagerFactory emf() {
            return emf;
        }
    }
}
