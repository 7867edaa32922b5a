package org.xieshang.domain.inmemory;

import org.xieshang.domain.calendar.WorkingCalendars;
import org.xieshang.domain.proposal.Proposals;
import org.xieshang.domain.socialreport.SocialReports;
import org.xieshang.domain.testkit.ConsultationStorage;
import org.xieshang.domain.testkit.DutyStorage;
import org.xieshang.domain.testkit.StorageContractSuite;
import org.xieshang.domain.testkit.StorageUnderTest;

/** The in-memory adapters pass the same contract as every other storage adapter. */
class InMemoryStorageTest extends StorageContractSuite {

    private final StorageUnderTest storage = StorageUnderTest.inMemory();
    private final DutyStorage duty = DutyStorage.inMemory();
    private final ConsultationStorage consultation = ConsultationStorage.inMemory();
    private final WorkingCalendars calendars = new InMemoryWorkingCalendars();
    private final Proposals proposals = new InMemoryProposals();
    private final SocialReports socialReports = new InMemorySocialReports();

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
}
