-- The registry of handling units (承办单位) a committee assigns proposals to. A unit merged away is
-- deactivated (active = 0), never deleted, because earlier proposals and accounts point at it; its name
-- stays taken within the committee.
-- user_account.unit_id gets no foreign key here: accounts opened before this registry carry unit ids
-- that name no row, and the application now checks the link when an account is opened or changed.

CREATE TABLE handling_unit (
    id             CHAR(36)     NOT NULL,
    committee_id   CHAR(36)     NOT NULL,
    name           VARCHAR(100) NOT NULL,
    name_sort_key  VARCHAR(800) NOT NULL,
    kind           VARCHAR(30)  NOT NULL,
    contact_person VARCHAR(50),
    contact_phone  VARCHAR(30),
    active         SMALLINT     NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT pk_handling_unit PRIMARY KEY (id),
    CONSTRAINT fk_handling_unit_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT uq_handling_unit_name UNIQUE (committee_id, name)
);

CREATE INDEX ix_handling_unit_list ON handling_unit (committee_id, active, name_sort_key);
