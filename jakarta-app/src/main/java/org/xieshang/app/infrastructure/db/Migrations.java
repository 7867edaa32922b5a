package org.xieshang.app.infrastructure.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.xieshang.app.infrastructure.crypto.PersonalDataProtection;

/** The schema's migrations: the SQL files in {@code db/migration} and the Java ones that need the installation's keys. */
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
}
