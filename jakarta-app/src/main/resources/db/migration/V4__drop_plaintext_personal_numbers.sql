-- Migration 3 copied resident ID and mobile numbers into their encrypted columns; the plaintext goes.
ALTER TABLE committee_member DROP COLUMN resident_id_number;
ALTER TABLE committee_member DROP COLUMN mobile;
