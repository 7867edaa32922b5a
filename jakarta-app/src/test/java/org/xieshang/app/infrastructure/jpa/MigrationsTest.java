package org.xieshang.app.infrastructure.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xieshang.app.infrastructure.db.Migrations;
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
        Flyway flyway = Migrations.load(Migrations.configure(getClass().getClassLoader(), Databases.PROTECTION).dataSource(url, "", ""));
        assertThat(flyway.migrate().migrationsExecuted).isPositive();
        Committee saved = withStorage(url, storage -> storage.committees().save(Fixtures.cityCommittee()));

        var second = Migrations.load(Migrations.configure(getClass().getClassLoader(), Databases.PROTECTION).dataSource(url, "", "")).migrate();

        assertThat(second.migrationsExecuted).isZero();
        Committee reloaded = withStorage(url, storage -> storage.committees().require(saved.id()));
        assertThat(reloaded).isEqualTo(saved);
        assertThat(Files.exists(folder.resolve("db"))).isTrue();
    }

    @Test
    void personal_numbers_stored_in_plaintext_by_version_1_are_encrypted_and_the_plaintext_dropped() throws Exception {
        String url = "jdbc:derby:" + folder.resolve("old") + ";create=true";
        Migrations.load(Migrations.configure(getClass().getClassLoader(), Databases.PROTECTION).dataSource(url, "", "").target("1")).migrate();
        Committee committee = Fixtures.cityCommittee();
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.createStatement().execute("INSERT INTO committee (id, name, name_sort_key, committee_level, region, version) VALUES ('"
                    + committee.id() + "', 'c', 'c', 'CITY', 'r', 1)");
            connection.createStatement().execute("INSERT INTO committee_member (id, committee_id, code, name, name_sort_key, gender, ethnicity, "
                    + "date_of_birth, party, resident_id_number, work_unit, mobile, version) VALUES ('m1', '" + committee.id()
                    + "', 'A1', '王芳', 'wang', 'FEMALE', 'HAN', '1975-06-18', 'CDL', '33039919750618001X', 'u', '13812345678', 1)");
        }

        Migrations.load(Migrations.configure(getClass().getClassLoader(), Databases.PROTECTION).dataSource(url, "", "")).migrate();

        try (Connection connection = DriverManager.getConnection(url);
             ResultSet row = connection.createStatement().executeQuery("SELECT * FROM committee_member WHERE id = 'm1'")) {
            assertThat(row.next()).isTrue();
            assertThat(Databases.PROTECTION.decrypt(row.getString("resident_id_cipher"))).isEqualTo("33039919750618001X");
            assertThat(row.getString("resident_id_index")).isEqualTo(Databases.PROTECTION.index(PersonalNumbers.RESIDENT_ID, "33039919750618001X"));
            assertThat(Databases.PROTECTION.decrypt(row.getString("mobile_cipher"))).isEqualTo("13812345678");
            Set<String> columns = new HashSet<>();
            for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                columns.add(row.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
            }
            assertThat(columns).contains("resident_id_cipher").doesNotContain("resident_id_number", "mobile");
        }
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
