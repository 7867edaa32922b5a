package org.xieshang.app.infrastructure.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.testkit.Fixtures;
import org.xieshang.domain.testkit.StorageUnderTest;

/** Starting the application again runs the migrations again: a database with data stays as it is. */
class MigrationsTest {

    @TempDir
    Path folder;

    @Test
    void migrating_a_database_that_holds_a_committee_keeps_it() throws Exception {
        String url = "jdbc:derby:" + folder.resolve("db") + ";create=true";
        Flyway flyway = Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").load();
        assertThat(flyway.migrate().migrationsExecuted).isPositive();
        Committee saved = withStorage(url, storage -> storage.committees().save(Fixtures.cityCommittee()));

        var second = Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").load().migrate();

        assertThat(second.migrationsExecuted).isZero();
        Committee reloaded = withStorage(url, storage -> storage.committees().require(saved.id()));
        assertThat(reloaded).isEqualTo(saved);
        assertThat(Files.exists(folder.resolve("db"))).isTrue();
    }

    private static <T> T withStorage(String url, Function<StorageUnderTest, T> work) {
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("xieshang-standalone", Map.of(
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.driver", "org.apache.derby.iapi.jdbc.AutoloadedDriver"));
        try {
            return work.apply(Databases.storage(emf));
        } finally {
            emf.close();
        }
    }
}
