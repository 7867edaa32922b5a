-- A committee's own screening catalogue (可协商 / 不可协商 categories); committees without one screen against the example.

CREATE TABLE screening_catalogue (
    committee_id CHAR(36) NOT NULL,
    version      BIGINT   NOT NULL,
    CONSTRAINT pk_screening_catalogue PRIMARY KEY (committee_id),
    CONSTRAINT fk_screening_catalogue_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);

CREATE TABLE screening_category (
    committee_id CHAR(36)     NOT NULL,
    position     INTEGER      NOT NULL,
    code         VARCHAR(40)  NOT NULL,
    label        VARCHAR(200) NOT NULL,
    consultable  SMALLINT     NOT NULL,
    CONSTRAINT pk_screening_category PRIMARY KEY (committee_id, position),
    CONSTRAINT fk_screening_category FOREIGN KEY (committee_id) REFERENCES screening_catalogue (committee_id)
);
