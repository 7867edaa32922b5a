package org.xieshang.app.infrastructure.files;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.xieshang.app.infrastructure.db.Migrations;

/**
 * The same checks on PostgreSQL, the production database, in a schema of their own dropped afterwards (as the
 * JPA storage tests do). Skipped where no server answers, unless {@code XIESHANG_REQUIRE_POSTGRES=true}.
 */
class AttachmentStorePostgresTest extends AttachmentStoreTest {

    private static final String URL = System.getProperty("xieshang.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("xieshang.test.postgres.user", "postgres");

    private final String schema = "xs_test_" + UUID.randomUUID().toString().replace("-", "");

    @Override
    EntityManagerFactory openDatabase() {
        boolean available = answers();
        if (Boolean.parseBoolean(System.getenv("XIESHANG_REQUIRE_POSTGRES"))) {
            assertTrue(available, "PostgreSQL is required but does not answer at " + URL);
        }
        assumeTrue(available, "no PostgreSQL at " + URL);
        execute("CREATE SCHEMA " + schema);
        String url = URL + "?currentSchema=" + schema;
        Migrations.configure(getClass().getClassLoader(), PROTECTION).dataSource(url, USER, "").schemas(schema).load().migrate();
        return Persistence.createEntityManagerFactory("xieshang-standalone", Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", USER,
                "jakarta.persistence.jdbc.password", "",
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver"));
    }

    @Override
    void closeDatabase(EntityManagerFactory database) {
        database.close();
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    private static boolean answers() {
        try (Connection ignored = DriverManager.getConnection(URL, USER, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(URL, USER, "")) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
