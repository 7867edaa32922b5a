package org.xieshang.app.infrastructure.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.xieshang.app.infrastructure.crypto.PersonalDataProtection;

/**
 * The schema's migrations: the SQL files in {@code db/migration} and the Java ones that need the installation's keys.
 * The SQL is portable between Derby and PostgreSQL but for one type, long text, which the two name differently
 * ({@code CLOB} and {@code TEXT}): the scripts write {@code ${long_text}} and {@link #load} fills it in.
 */
public final class Migrations {

    private Migrations() {
    }

    /**
     * @param classLoader loads the SQL files, not null
     * @param protection  encrypts personal data, not null
     * @return a Flyway configuration with every migration, to be given a data source; never null
     */
    public static FluentConfiguration configure(ClassLoader classLoader, PersonalDataProtection protection) {
        return Flyway.configure(classLoader).locations("classpath:db/migration").javaMigrations(new EncryptPersonalNumbers(protection));
    }

    /**
     * @param configured a configuration from {@link #configure} with its data source set, not null
     * @return Flyway ready to migrate that database, with the placeholders its SQL dialect needs; never null
     */
    public static Flyway load(FluentConfiguration configured) {
        return configured.placeholders(Map.of("long_text", longText(configured))).load();
    }

    private static String longText(FluentConfiguration configured) {
        try (Connection connection = configured.getDataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("derby") ? "CLOB" : "TEXT";
        } catch (SQLException e) {
            throw new FlywayException("cannot tell the database's product", e);
        }
    }
}
