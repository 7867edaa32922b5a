-- Proposals (提案) and the change feed integrators synchronise from.
--
-- A proposal is one row: the columns registers, workbenches and statistics filter and sort on, and the whole
-- proposal (co-signers, handling tasks, communication log, extensions, answers, ratings, history) as a JSON document
-- read and written with it. A register page is then one query, not one per child collection.
-- unit_ids and co_signer_ids repeat identifiers from the document for LIKE filters ("assigned to my unit", "mine").
-- ${long_text} is CLOB on Derby and TEXT on PostgreSQL (see Migrations).

CREATE TABLE proposal (
    id              CHAR(36)      NOT NULL,
    committee_id    CHAR(36)      NOT NULL,
    proposal_year   INTEGER       NOT NULL,
    origin          VARCHAR(20)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    proposer_kind   VARCHAR(20)   NOT NULL,
    lead_member_id  CHAR(36),
    co_signer_ids   VARCHAR(2000),
    title           VARCHAR(100)  NOT NULL,
    category        VARCHAR(30)   NOT NULL,
    filing_number   INTEGER,
    key_proposal    SMALLINT      NOT NULL,
    deadline        DATE,
    bundle_id       CHAR(36),
    unit_ids        VARCHAR(500),
    document        ${long_text}  NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_proposal PRIMARY KEY (id),
    CONSTRAINT fk_proposal_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT uq_proposal_number UNIQUE (committee_id, proposal_year, filing_number)
);

CREATE INDEX ix_proposal_register ON proposal (committee_id, proposal_year, status);
CREATE INDEX ix_proposal_deadline ON proposal (committee_id, deadline);
CREATE INDEX ix_proposal_bundle ON proposal (bundle_id);

-- Every change of an item integrators follow, in commit order: seq is taken under the lock of change_feed_head's
-- row, so a reader that has seen seq n never later finds a smaller one. payload is the item as the API shows it
-- after the change; a removed item (a withdrawn proposal) is a tombstone with no payload.
CREATE TABLE change_feed (
    seq           BIGINT        NOT NULL,
    committee_id  CHAR(36)      NOT NULL,
    item_type     VARCHAR(30)   NOT NULL,
    item_id       CHAR(36)      NOT NULL,
    item_version  BIGINT        NOT NULL,
    removed       SMALLINT      NOT NULL,
    changed_at    TIMESTAMP     NOT NULL,
    payload       ${long_text},
    CONSTRAINT pk_change_feed PRIMARY KEY (seq)
);

CREATE INDEX ix_change_feed_committee ON change_feed (committee_id, seq);

CREATE TABLE change_feed_head (
    id   INTEGER NOT NULL,
    seq  BIGINT  NOT NULL,
    CONSTRAINT pk_change_feed_head PRIMARY KEY (id)
);
INSERT INTO change_feed_head (id, seq) VALUES (1, 0);

-- Notices to members and handling units that an item of theirs changed, shown in the application (and mailed when a
-- mail server is configured). arguments is a TextCodec list of the message's arguments, already as text.
-- mail_done_at: when the mailer dealt with it (sent, or found no address), so that it is mailed at most once.
CREATE TABLE notice (
    id              CHAR(36)      NOT NULL,
    committee_id    CHAR(36)      NOT NULL,
    recipient_kind  VARCHAR(20)   NOT NULL,
    recipient_id    CHAR(36)      NOT NULL,
    code            VARCHAR(100)  NOT NULL,
    arguments       VARCHAR(2000) NOT NULL,
    source_type     VARCHAR(20)   NOT NULL,
    source_ref      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    read_at         TIMESTAMP,
    mail_done_at    TIMESTAMP,
    CONSTRAINT pk_notice PRIMARY KEY (id)
);

CREATE INDEX ix_notice_recipient ON notice (recipient_kind, recipient_id, created_at);
CREATE INDEX ix_notice_mail ON notice (mail_done_at, created_at);
