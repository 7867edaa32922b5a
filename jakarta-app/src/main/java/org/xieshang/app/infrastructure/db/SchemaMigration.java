package org.xieshang.app.infrastructure.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.xieshang.app.infrastructure.crypto.PersonalDataProtection;

/**
 * Brings the schema up to date with the versioned migrations in {@code db/migration}, so that an upgraded
 * application keeps a committee's data. Runs once at start, before anything reads or writes.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    PersonalDataProtection protection;

    /** @return the schema version after migrating, never null */
    public String migrate() {
        MigrateResult result = Migrations.load(Migrations.configure(SchemaMigration.class.getClassLoader(), protection).dataSource(dataSource))
                .migrate();
        LOG.info(() -> "database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
        return String.valueOf(result.targetSchemaVersion);
    }
}
