package org.xieshang.app.infrastructure.db;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The application's one data source. Embedded Derby in {@code data/derby} unless MicroProfile Config
 * says otherwise (see {@code META-INF/microprofile-config.properties}); PostgreSQL in production.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=xieshang.datasource.class-name}",
        url = "${MPCONFIG=xieshang.datasource.url}",
        databaseName = "${MPCONFIG=xieshang.datasource.database-name}",
        user = "${MPCONFIG=xieshang.datasource.user}",
        password = "${MPCONFIG=xieshang.datasource.password}",
        minPoolSize = 2,
        maxPoolSize = 20)
public final class Database {

    /** Where the data source is bound. */
    public static final String JNDI_NAME = "java:app/jdbc/xieshang";

    private Database() {
    }
}
