package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManagerFactory;
import java.util.UUID;

/** Skipped where no PostgreSQL answers, unless {@code XIESHANG_REQUIRE_POSTGRES=true} (CI) makes that a failure. */
class JpaWebhooksPostgresTest extends JpaWebhooksChecks {

    private final String schema = "xs_test_" + UUID.randomUUID().toString().replace("-", "");

    @Override
    EntityManagerFactory open() {
        return Databases.requiredPostgres(schema);
    }

    @Override
    void drop() {
        Databases.dropPostgresSchema(schema);
    }
}
