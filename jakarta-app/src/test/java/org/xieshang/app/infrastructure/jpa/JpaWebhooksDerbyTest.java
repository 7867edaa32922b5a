package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManagerFactory;

class JpaWebhooksDerbyTest extends JpaWebhooksChecks {

    @Override
    EntityManagerFactory open() {
        return Databases.derby();
    }
}
