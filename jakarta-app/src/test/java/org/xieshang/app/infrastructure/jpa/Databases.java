package org.xieshang.app.infrastructure.jpa;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.xieshang.app.infrastructure.crypto.PersonalDataProtection;
import org.xieshang.app.infrastructure.crypto.SecretKeys;
import org.xieshang.app.infrastructure.db.Migrations;
import org.xieshang.domain.activity.Activities;
import org.xieshang.domain.audit.AuditTrail;
import org.xieshang.domain.calendar.WorkingCalendars;
import org.xieshang.domain.outcome.TrackedOutcomes;
import org.xieshang.domain.proposal.Proposals;
import org.xieshang.domain.socialreport.SocialReports;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.consultation.ConsultationActivities;
import org.xieshang.domain.consultation.ConsultationPlans;
import org.xieshang.domain.consultation.PublicSubmissions;
import org.xieshang.domain.consultation.ScreeningCatalogues;
import org.xieshang.domain.duty.DutyEvents;
import org.xieshang.domain.duty.DutyReports;
import org.xieshang.domain.duty.discipline.DisciplinePolicies;
import org.xieshang.domain.duty.discipline.DisciplineRuleTypes;
import org.xieshang.domain.duty.discipline.Findings;
import org.xieshang.domain.duty.scoring.ScoringRuleTypes;
import org.xieshang.domain.duty.scoring.ScoringSchemes;
import org.xieshang.domain.liaison.LiaisonGroups;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.sector.SectorGroups;
import org.xieshang.domain.sector.Sectors;
import org.xieshang.domain.security.PermissionMaps;
import org.xieshang.domain.security.UserAccounts;
import org.xieshang.domain.specialcommittee.SpecialCommittees;
import org.xieshang.domain.testkit.ConsultationStorage;
import org.xieshang.domain.testkit.DutyStorage;
import org.xieshang.domain.testkit.Fixtures;
import org.xieshang.domain.testkit.StorageUnderTest;
import org.xieshang.domain.workstation.Workstations;

/** Real databases for the storage tests: an in-memory Derby, and the PostgreSQL server on this machine. */
public final class Databases {

    /** The PostgreSQL server the machines run; override with {@code -Dxieshang.test.postgres.url}. */
    public static final String POSTGRES_URL = System.getProperty("xieshang.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String POSTGRES_USER = System.getProperty("xieshang.test.postgres.user", "postgres");

    private Databases() {
    }

    /** @return a fresh, migrated in-memory Derby database */
    public static EntityManagerFactory derby() {
        String url = "jdbc:derby:memory:xieshang-" + UUID.randomUUID() + ";create=true";
        migrate(url, "", "", null);
        return Persistence.createEntityManagerFactory("xieshang-standalone", Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.driver", "org.apache.derby.iapi.jdbc.AutoloadedDriver"));
    }

    /** @return whether the PostgreSQL server answers */
    public static boolean postgresAvailable() {
        try (Connection ignored = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * @param schema a schema name of its own, created here and migrated
     * @return an entity manager factory working in that schema
     */
    public static EntityManagerFactory postgres(String schema) {
        execute("CREATE SCHEMA " + schema);
        String url = POSTGRES_URL + "?currentSchema=" + schema;
        migrate(url, POSTGRES_USER, "", schema);
        return Persistence.createEntityManagerFactory("xieshang-standalone", Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", POSTGRES_USER,
                "jakarta.persistence.jdbc.password", "",
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver"));
    }

    /**
     * The PostgreSQL database of a test class: skipped by assumption where no server answers, unless
     * {@code XIESHANG_REQUIRE_POSTGRES=true} (CI sets it) makes that a failure.
     *
     * @param schema a schema name of its own, created here and migrated
     * @return an entity manager factory working in that schema
     */
    public static EntityManagerFactory requiredPostgres(String schema) {
        boolean available = postgresAvailable();
        if (Boolean.parseBoolean(System.getenv("XIESHANG_REQUIRE_POSTGRES"))) {
            assertTrue(available, "PostgreSQL is required but does not answer at " + POSTGRES_URL);
        }
        assumeTrue(available, "no PostgreSQL at " + POSTGRES_URL);
        return postgres(schema);
    }

    /**
     * Runs the work in a resource-local transaction of the entity manager and empties its persistence context after, as
     * separate requests would see the database.
     */
    public static <T> T inTransaction(EntityManager em, Function<EntityManager, T> work) {
        em.getTransaction().begin();
        try {
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }

    public static void dropPostgresSchema(String schema) {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    /** Personal data protection under a fixed test key. */
    static final PersonalDataProtection PROTECTION = PersonalDataProtection.aesGcm(
            new SecretKeys(Base64.getEncoder().encodeToString("xieshang test master key of 32 bytes!".getBytes(StandardCharsets.UTF_8))));

    /** @return the JPA ports on one entity manager, each call in its own transaction; the audit trail one per call */
    static StorageUnderTest storage(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        return new StorageUnderTest(
                TransactionPerCall.wrap(Committees.class, new JpaCommittees(em), em),
                TransactionPerCall.wrap(Sectors.class, new JpaSectors(em), em),
                TransactionPerCall.wrap(SectorGroups.class, new JpaSectorGroups(em), em),
                TransactionPerCall.wrap(SpecialCommittees.class, new JpaSpecialCommittees(em), em),
                TransactionPerCall.wrap(HandlingUnits.class, new JpaHandlingUnits(em), em),
                TransactionPerCall.wrap(Members.class, new JpaMembers(em, PROTECTION), em),
                TransactionPerCall.wrap(LiaisonGroups.class, new JpaLiaisonGroups(em), em),
                TransactionPerCall.wrap(Workstations.class, new JpaWorkstations(em), em),
                TransactionPerCall.wrap(UserAccounts.class, new JpaUserAccounts(em, PROTECTION), em),
                TransactionPerCall.wrap(PermissionMaps.class, new JpaPermissionMaps(em), em),
                TransactionPerCall.wrapEach(AuditTrail.class, emf, each -> new JpaAuditTrail(each, Fixtures.auditChain())));
    }

    /** @return the JPA duty-file ports on one entity manager, each call in its own transaction */
    static DutyStorage dutyStorage(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        return new DutyStorage(
                TransactionPerCall.wrap(Activities.class, new JpaActivities(em), em),
                TransactionPerCall.wrap(DutyEvents.class, new JpaDutyEvents(em), em),
                TransactionPerCall.wrap(ScoringSchemes.class, new JpaScoringSchemes(em, ScoringRuleTypes.builtIn()), em),
                TransactionPerCall.wrap(DisciplinePolicies.class, new JpaDisciplinePolicies(em, DisciplineRuleTypes.builtIn()), em),
                TransactionPerCall.wrap(Findings.class, new JpaFindings(em), em),
                TransactionPerCall.wrap(DutyReports.class, new JpaDutyReports(em), em));
    }

    /** @return the JPA consultation ports on one entity manager, each call in its own transaction */
    static ConsultationStorage consultationStorage(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        return new ConsultationStorage(
                TransactionPerCall.wrap(ConsultationPlans.class, new JpaConsultationPlans(em), em),
                TransactionPerCall.wrap(ConsultationActivities.class, new JpaConsultationActivities(em), em),
                TransactionPerCall.wrap(PublicSubmissions.class, new JpaPublicSubmissions(em), em),
                TransactionPerCall.wrap(ScreeningCatalogues.class, new JpaScreeningCatalogues(em), em),
                TransactionPerCall.wrap(TrackedOutcomes.class, new JpaTrackedOutcomes(em), em));
    }

    /** @return the JPA proposal port on an entity manager of its own, each call in its own transaction */
    static Proposals proposals(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        return TransactionPerCall.wrap(Proposals.class, new JpaProposals(em), em);
    }

    /** @return the JPA social-condition report port on an entity manager of its own, each call in its own transaction */
    static SocialReports socialReports(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        return TransactionPerCall.wrap(SocialReports.class, new JpaSocialReports(em), em);
    }

    /** @return the JPA working-calendar port on an entity manager of its own, each call in its own transaction */
    static WorkingCalendars calendars(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        return TransactionPerCall.wrap(WorkingCalendars.class, new JpaWorkingCalendars(em), em);
    }

    private static void migrate(String url, String user, String password, String schema) {
        var config = Migrations.configure(Databases.class.getClassLoader(), PROTECTION).dataSource(url, user, password);
        if (schema != null) {
            config = config.schemas(schema);
        }
        Migrations.load(config).migrate();
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "")) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
