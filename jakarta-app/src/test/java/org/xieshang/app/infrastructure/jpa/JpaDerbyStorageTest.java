package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.xieshang.domain.calendar.WorkingCalendars;
import org.xieshang.domain.proposal.Proposals;
import org.xieshang.domain.socialreport.SocialReports;
import org.xieshang.domain.testkit.ConsultationStorage;
import org.xieshang.domain.testkit.DutyStorage;
import org.xieshang.domain.testkit.StorageContractSuite;
import org.xieshang.domain.testkit.StorageUnderTest;

/** The JPA adapters on embedded Derby, migrated by Flyway, pass the storage contract. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaDerbyStorageTest extends StorageContractSuite {

    private final EntityManagerFactory emf = Databases.derby();
    private final StorageUnderTest storage = Databases.storage(emf);
    private final DutyStorage duty = Databases.dutyStorage(emf);
    private final ConsultationStorage consultation = Databases.consultationStorage(emf);
    private final WorkingCalendars calendars = Databases.calendars(emf);
    private final Proposals proposals = Databases.proposals(emf);
    private final SocialReports socialReports = Databases.socialReports(emf);

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

    @AfterAll
    void close() {
        emf.close();
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
