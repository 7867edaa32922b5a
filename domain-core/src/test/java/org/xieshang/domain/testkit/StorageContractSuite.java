package org.xieshang.domain.testkit;

import org.junit.jupiter.api.Nested;
import org.xieshang.domain.calendar.WorkingCalendars;
import org.xieshang.domain.proposal.Proposals;
import org.xieshang.domain.socialreport.SocialReports;

/**
 * The whole storage contract in one class: extend it, return your adapter's ports from
 * {@link #storageUnderTest()}, and JUnit runs every contract against them.
 *
 * <pre>{@code
 * class MyBatisStorageTest extends StorageContractSuite {
 *     protected StorageUnderTest storageUnderTest() { return myStorage; }
 *     protected DutyStorage dutyStorageUnderTest() { return myDutyStorage; }
 *     protected ConsultationStorage consultationStorageUnderTest() { return myConsultationStorage; }
 *     protected WorkingCalendars calendarsUnderTest() { return myWorkingCalendars; }
 *     protected Proposals proposalsUnderTest() { return myProposals; }
 *     protected SocialReports socialReportsUnderTest() { return mySocialReports; }
 * }
 * }</pre>
 */
public abstract class StorageContractSuite {

    /** @return the adapter's ports; called for every test, may return the same storage each time; never null */
    protected abstract StorageUnderTest storageUnderTest();

    /** @return the adapter's duty-file ports, on the same storage as {@link #storageUnderTest()}; never null */
    protected abstract DutyStorage dutyStorageUnderTest();

    /** @return the adapter's consultation ports, never null */
    protected abstract ConsultationStorage consultationStorageUnderTest();

    /** @return the adapter's working-calendar port, on the same storage as {@link #storageUnderTest()}; never null */
    protected abstract WorkingCalendars calendarsUnderTest();

    /** @return the adapter's proposal port, on the same storage as {@link #storageUnderTest()}; never null */
    protected abstract Proposals proposalsUnderTest();

    /** @return the adapter's social-condition report port, on the same storage as {@link #storageUnderTest()}; never null */
    protected abstract SocialReports socialReportsUnderTest();

    @Nested
    class Committees extends CommitteesContract {
        @Override
        protected StorageUnderTest storage() {
            return storageUnderTest();
        }
    }

    @Nested
    class Sectors extends SectorsContract {
        @Override
        protected StorageUnderTest storage() {
            return storageUnderTest();
        }
    }

    @Nested
    class HandlingUnits extends HandlingUnitsContract {
        @Override
        protected StorageUnderTest storage() {
            return storageUnderTest();
        }
    }

    @Nested
    class Members extends MembersContract {
        @Override
        protected StorageUnderTest storage() {
            return storageUnderTest();
        }
    }

    @Nested
    class LiaisonGroupsAndWorkstations extends LiaisonAndWorkstationsContract {
        @Override
        protected StorageUnderTest storage() {
            return storageUnderTest();
        }
    }

    @Nested
    class Security extends SecurityContract {
        @Override
        protected StorageUnderTest storage() {
            return storageUnderTest();
        }
    }

    @Nested
    class Audit extends AuditTrailContract {
        @Override
        protected StorageUnderTest storage() {
            return storageUnderTest();
        }
    }

    @Nested
    class Duty extends DutyContract {
        @Override
        protected StorageUnderTest storage() {
            return storageUnderTest();
        }

        @Override
        protected DutyStorage duty() {
            return dutyStorageUnderTest();
        }
    }

    @Nested
    class Consultation extends ConsultationContract {
        @Override
        protected StorageUnderTest storage() {
            return storageUnderTest();
        }

        @Override
        protected ConsultationStorage consultation() {
            return consultationStorageUnderTest();
        }
    }

    @Nested
    class Calendars extends WorkingCalendarsContract {
        @Override
        protected StorageUnderTest storage() {
            return storageUnderTest();
        }

        @Override
        protected WorkingCalendars calendars() {
            return calendarsUnderTest();
        }
    }

    @Nested
    class ProposalStorage extends ProposalsContract {
        @Override
        protected StorageUnderTest storage() {
            return storageUnderTest();
        }

        @Override
        protected Proposals proposals() {
            return proposalsUnderTest();
        }
    }

    @Nested
    class SocialReportStorage extends SocialReportsContract {
        @Override
        protected StorageUnderTest storage() {
            return storageUnderTest();
        }

        @Override
        protected SocialReports socialReports() {
            return socialReportsUnderTest();
        }
    }
}
