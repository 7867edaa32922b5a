-- Organisation registry: committees, terms, sectors, special committees, members, liaison groups, workstations.
-- Portable SQL: runs unchanged on Apache Derby and PostgreSQL. Never edit a released migration; add a new one.
-- Ordered child lists (seq) have no key on (owner, seq): JPA renumbers their rows in place when an item is removed.

CREATE TABLE committee (
    id              CHAR(36)     NOT NULL,
    name            VARCHAR(100) NOT NULL,
    name_sort_key   VARCHAR(800) NOT NULL,
    committee_level VARCHAR(20)  NOT NULL,
    parent_id       CHAR(36),
    region          VARCHAR(100) NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT pk_committee PRIMARY KEY (id),
    CONSTRAINT fk_committee_parent FOREIGN KEY (parent_id) REFERENCES committee (id)
);

CREATE TABLE committee_term (
    committee_id CHAR(36) NOT NULL,
    term_number  INTEGER  NOT NULL,
    start_date   DATE     NOT NULL,
    end_date     DATE     NOT NULL,
    CONSTRAINT pk_committee_term PRIMARY KEY (committee_id, term_number),
    CONSTRAINT fk_committee_term FOREIGN KEY (committee_id) REFERENCES committee (id)
);

CREATE TABLE plenary_session (
    committee_id   CHAR(36) NOT NULL,
    term_number    INTEGER  NOT NULL,
    session_number INTEGER  NOT NULL,
    start_date     DATE     NOT NULL,
    end_date       DATE     NOT NULL,
    CONSTRAINT pk_plenary_session PRIMARY KEY (committee_id, term_number, session_number),
    CONSTRAINT fk_plenary_session FOREIGN KEY (committee_id) REFERENCES committee (id)
);

CREATE TABLE sector (
    id            CHAR(36)    NOT NULL,
    committee_id  CHAR(36)    NOT NULL,
    name          VARCHAR(50) NOT NULL,
    display_order INTEGER     NOT NULL,
    version       BIGINT      NOT NULL,
    CONSTRAINT pk_sector PRIMARY KEY (id),
    CONSTRAINT fk_sector_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT uq_sector_name UNIQUE (committee_id, name)
);

CREATE TABLE committee_member (
    id                 CHAR(36)     NOT NULL,
    committee_id       CHAR(36)     NOT NULL,
    code               VARCHAR(20)  NOT NULL,
    name               VARCHAR(50)  NOT NULL,
    name_sort_key      VARCHAR(800) NOT NULL,
    gender             VARCHAR(10)  NOT NULL,
    ethnicity          VARCHAR(20)  NOT NULL,
    date_of_birth      DATE         NOT NULL,
    party              VARCHAR(20)  NOT NULL,
    resident_id_number VARCHAR(18),
    region             VARCHAR(100),
    work_unit          VARCHAR(100) NOT NULL,
    post               VARCHAR(100),
    mobile             VARCHAR(20),
    email              VARCHAR(100),
    address            VARCHAR(200),
    version            BIGINT       NOT NULL,
    CONSTRAINT pk_committee_member PRIMARY KEY (id),
    CONSTRAINT fk_member_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT uq_member_code UNIQUE (committee_id, code)
);
CREATE INDEX ix_member_name ON committee_member (committee_id, name_sort_key);

CREATE TABLE membership (
    member_id   CHAR(36)    NOT NULL,
    term_number INTEGER     NOT NULL,
    sector_id   CHAR(36)    NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    status      VARCHAR(30) NOT NULL,
    since_date  DATE        NOT NULL,
    ended_on    DATE,
    is_current  SMALLINT    NOT NULL,
    is_standing SMALLINT    NOT NULL,
    CONSTRAINT pk_membership PRIMARY KEY (member_id, term_number),
    CONSTRAINT fk_membership_member FOREIGN KEY (member_id) REFERENCES committee_member (id),
    CONSTRAINT fk_membership_sector FOREIGN KEY (sector_id) REFERENCES sector (id)
);
CREATE INDEX ix_membership_sector ON membership (sector_id);

CREATE TABLE standing_role (
    member_id   CHAR(36) NOT NULL,
    term_number INTEGER  NOT NULL,
    from_date   DATE     NOT NULL,
    until_date  DATE,
    CONSTRAINT pk_standing_role PRIMARY KEY (member_id, term_number, from_date),
    CONSTRAINT fk_standing_role_member FOREIGN KEY (member_id) REFERENCES committee_member (id)
);

CREATE TABLE membership_decision (
    member_id       CHAR(36)      NOT NULL,
    seq             INTEGER       NOT NULL,
    decision_id     CHAR(36)      NOT NULL,
    kind            VARCHAR(40)   NOT NULL,
    term_number     INTEGER       NOT NULL,
    sector_id       CHAR(36),
    decided_by      VARCHAR(50)   NOT NULL,
    decided_on      DATE          NOT NULL,
    effective_on    DATE          NOT NULL,
    grounds         VARCHAR(1000) NOT NULL,
    document_number VARCHAR(50),
    recorded_at_utc TIMESTAMP     NOT NULL,
    CONSTRAINT pk_membership_decision PRIMARY KEY (member_id, seq),
    CONSTRAINT uq_membership_decision UNIQUE (decision_id),
    CONSTRAINT fk_decision_member FOREIGN KEY (member_id) REFERENCES committee_member (id)
);

CREATE TABLE sector_group (
    id            CHAR(36)     NOT NULL,
    committee_id  CHAR(36)     NOT NULL,
    name          VARCHAR(100) NOT NULL,
    name_sort_key VARCHAR(800) NOT NULL,
    leader_id     CHAR(36),
    version       BIGINT       NOT NULL,
    CONSTRAINT pk_sector_group PRIMARY KEY (id),
    CONSTRAINT fk_sector_group_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT fk_sector_group_leader FOREIGN KEY (leader_id) REFERENCES committee_member (id)
);

CREATE TABLE sector_group_sector (
    sector_group_id CHAR(36) NOT NULL,
    seq             INTEGER  NOT NULL,
    sector_id       CHAR(36) NOT NULL,
    CONSTRAINT fk_sgs_group FOREIGN KEY (sector_group_id) REFERENCES sector_group (id),
    CONSTRAINT fk_sgs_sector FOREIGN KEY (sector_id) REFERENCES sector (id)
);

CREATE TABLE special_committee (
    id            CHAR(36)     NOT NULL,
    committee_id  CHAR(36)     NOT NULL,
    name          VARCHAR(100) NOT NULL,
    name_sort_key VARCHAR(800) NOT NULL,
    director_id   CHAR(36),
    one_person    SMALLINT     NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT pk_special_committee PRIMARY KEY (id),
    CONSTRAINT fk_special_committee_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT fk_special_committee_director FOREIGN KEY (director_id) REFERENCES committee_member (id),
    CONSTRAINT uq_special_committee_name UNIQUE (committee_id, name)
);

CREATE TABLE liaison_group (
    id            CHAR(36)     NOT NULL,
    committee_id  CHAR(36)     NOT NULL,
    name          VARCHAR(100) NOT NULL,
    name_sort_key VARCHAR(800) NOT NULL,
    area          VARCHAR(100) NOT NULL,
    leader_id     CHAR(36),
    version       BIGINT       NOT NULL,
    CONSTRAINT pk_liaison_group PRIMARY KEY (id),
    CONSTRAINT fk_liaison_group_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT fk_liaison_group_leader FOREIGN KEY (leader_id) REFERENCES committee_member (id)
);

CREATE TABLE liaison_group_member (
    liaison_group_id CHAR(36) NOT NULL,
    seq              INTEGER  NOT NULL,
    member_id        CHAR(36) NOT NULL,
    CONSTRAINT uq_liaison_group_member UNIQUE (member_id),
    CONSTRAINT fk_lgm_group FOREIGN KEY (liaison_group_id) REFERENCES liaison_group (id),
    CONSTRAINT fk_lgm_member FOREIGN KEY (member_id) REFERENCES committee_member (id)
);

CREATE TABLE workstation (
    id            CHAR(36)     NOT NULL,
    committee_id  CHAR(36)     NOT NULL,
    name          VARCHAR(100) NOT NULL,
    name_sort_key VARCHAR(800) NOT NULL,
    place         VARCHAR(100) NOT NULL,
    place_kind    VARCHAR(20)  NOT NULL,
    head_name     VARCHAR(100),
    head_post     VARCHAR(100),
    version       BIGINT       NOT NULL,
    CONSTRAINT pk_workstation PRIMARY KEY (id),
    CONSTRAINT fk_workstation_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);

CREATE TABLE workstation_posting (
    workstation_id CHAR(36)    NOT NULL,
    seq            INTEGER     NOT NULL,
    member_id      CHAR(36)    NOT NULL,
    posting_type   VARCHAR(20) NOT NULL,
    since_date     DATE        NOT NULL,
    CONSTRAINT uq_workstation_posting UNIQUE (workstation_id, member_id),
    CONSTRAINT fk_posting_workstation FOREIGN KEY (workstation_id) REFERENCES workstation (id),
    CONSTRAINT fk_posting_member FOREIGN KEY (member_id) REFERENCES committee_member (id)
);
