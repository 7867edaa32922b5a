package org.xieshang.app.infrastructure.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.xieshang.app.infrastructure.crypto.PersonalDataProtection;
import org.xieshang.app.infrastructure.jpa.PersonalNumbers;

/**
 * Migration 3: encrypts the resident ID and mobile numbers stored in plaintext by version 1 into the
 * columns version 2 added, with their blind indexes. Needs the installation's key, so it is a Java migration
 * given to Flyway by {@link Migrations}.
 */
final class EncryptPersonalNumbers implements JavaMigration {

    private final PersonalDataProtection protection;

    EncryptPersonalNumbers(PersonalDataProtection protection) {
        this.protection = Objects.requireNonNull(protection, "protection");
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "encrypt personal numbers";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, resident_id_number, mobile FROM committee_member WHERE resident_id_number IS NOT NULL OR mobile IS NOT NULL");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE committee_member SET resident_id_cipher = ?, resident_id_index = ?, mobile_cipher = ?, mobile_index = ? WHERE id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String residentId = rows.getString(2);
                String mobile = rows.getString(3);
                update.setString(1, protection.encrypt(residentId));
                update.setString(2, protection.index(PersonalNumbers.RESIDENT_ID, residentId));
                update.setString(3, protection.encrypt(mobile));
                update.setString(4, protection.index(PersonalNumbers.MOBILE, mobile));
                update.setString(5, rows.getString(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
