-- Security and audit (issue 3): user accounts, each committee's permission map, the hash-chained audit
-- trail, and encrypted personal numbers (filled by the Java migration 3, plaintext columns dropped by 4).

CREATE TABLE user_account (
    id                      CHAR(36)     NOT NULL,
    username                VARCHAR(32)  NOT NULL,
    display_name            VARCHAR(50)  NOT NULL,
    committee_id            CHAR(36)     NOT NULL,
    member_id               CHAR(36),
    unit_id                 CHAR(36),
    password_hash           VARCHAR(300) NOT NULL,
    password_changed_at     TIMESTAMP    NOT NULL,
    one_time_password       SMALLINT     NOT NULL,
    failed_sign_ins         INTEGER      NOT NULL,
    locked_until            TIMESTAMP,
    second_factor           VARCHAR(200),
    last_second_factor_step BIGINT       NOT NULL,
    enabled                 SMALLINT     NOT NULL,
    demo                    SMALLINT     NOT NULL,
    last_sign_in_at         TIMESTAMP,
    version                 BIGINT       NOT NULL,
    CONSTRAINT pk_user_account PRIMARY KEY (id),
    CONSTRAINT uq_user_username UNIQUE (username),
    CONSTRAINT fk_user_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT fk_user_member FOREIGN KEY (member_id) REFERENCES committee_member (id)
);
CREATE INDEX ix_user_committee ON user_account (committee_id, username);
CREATE INDEX ix_user_member ON user_account (member_id);

CREATE TABLE user_role (
    user_id CHAR(36)    NOT NULL,
    role_name VARCHAR(40) NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (user_id, role_name),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

CREATE TABLE user_password_history (
    user_id       CHAR(36)     NOT NULL,
    seq_no        INTEGER      NOT NULL,
    password_hash VARCHAR(300) NOT NULL,
    CONSTRAINT pk_user_password_history PRIMARY KEY (user_id, seq_no),
    CONSTRAINT fk_password_history_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

CREATE TABLE permission_map (
    committee_id CHAR(36) NOT NULL,
    version      BIGINT   NOT NULL,
    CONSTRAINT pk_permission_map PRIMARY KEY (committee_id),
    CONSTRAINT fk_permission_map_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);

CREATE TABLE permission_grant (
    committee_id CHAR(36)    NOT NULL,
    role_name    VARCHAR(40) NOT NULL,
    permission   VARCHAR(40) NOT NULL,
    reach        VARCHAR(20) NOT NULL,
    CONSTRAINT pk_permission_grant PRIMARY KEY (committee_id, role_name, permission, reach),
    CONSTRAINT fk_permission_grant_map FOREIGN KEY (committee_id) REFERENCES permission_map (committee_id)
);

-- The application only ever inserts into these two tables and updates audit_head; grant nothing else to
-- its database user in production (see README).
CREATE TABLE audit_record (
    seq            BIGINT        NOT NULL,
    occurred_at    TIMESTAMP     NOT NULL,
    actor          VARCHAR(2000) NOT NULL,
    committee_id   CHAR(36),
    client_address VARCHAR(2000) NOT NULL,
    audit_action   VARCHAR(40)   NOT NULL,
    entity_type    VARCHAR(2000) NOT NULL,
    entity_id      VARCHAR(2000) NOT NULL,
    detail         VARCHAR(2000) NOT NULL,
    previous_hash  CHAR(64)      NOT NULL,
    hash           CHAR(64)      NOT NULL,
    CONSTRAINT pk_audit_record PRIMARY KEY (seq)
);
CREATE INDEX ix_audit_time ON audit_record (occurred_at);
CREATE INDEX ix_audit_committee ON audit_record (committee_id, occurred_at);
CREATE INDEX ix_audit_actor ON audit_record (actor, occurred_at);

CREATE TABLE audit_change (
    seq          BIGINT        NOT NULL,
    seq_no       INTEGER       NOT NULL,
    field        VARCHAR(2000) NOT NULL,
    before_value VARCHAR(2000),
    after_value  VARCHAR(2000),
    CONSTRAINT pk_audit_change PRIMARY KEY (seq, seq_no),
    CONSTRAINT fk_audit_change_record FOREIGN KEY (seq) REFERENCES audit_record (seq)
);

CREATE TABLE audit_head (
    id       INTEGER  NOT NULL,
    seq      BIGINT   NOT NULL,
    hash     CHAR(64) NOT NULL,
    CONSTRAINT pk_audit_head PRIMARY KEY (id)
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

ALTER TABLE committee_member ADD COLUMN resident_id_cipher VARCHAR(200);
ALTER TABLE committee_member ADD COLUMN resident_id_index CHAR(64);
ALTER TABLE committee_member ADD COLUMN mobile_cipher VARCHAR(200);
ALTER TABLE committee_member ADD COLUMN mobile_index CHAR(64);
CREATE INDEX ix_member_resident_id ON committee_member (committee_id, resident_id_index);
