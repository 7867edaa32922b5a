package org.xieshang.app.infrastructure.files;

import jakarta.persistence.EntityManagerFactory;
import java.util.UUID;
import org.xieshang.app.infrastructure.jpa.Databases;

/**
 * The same checks on PostgreSQL, the production database, in a schema of their own dropped afterwards (as the
 * JPA storage tests do). Skipped where no server answers, unless {@code XIESHANG_REQUIRE_POSTGRES=true}.
 */
class AttachmentStorePostgresTest extends AttachmentStoreTest {

    private final String schema = "xs_test_" + UUID.randomUUID().toString().replace("-", "");

    @Override
    EntityManagerFactory openDatabase() {
        return Databases.requiredPostgres(schema);
    }

    @Override
    void closeDatabase(EntityManagerFactory database) {
        database.close();
        Databases.dropPostgresSchema(schema);
    }
}
