-- Attachments: the files that hold the deliverables of a consultation activity's steps (research reports, minutes,
-- disclosure notices, decision records). Portable SQL for Derby and PostgreSQL.
-- An attachment is written once and never changed (a new file is a new attachment), so it carries no version.
-- Derby and PostgreSQL share no binary column type (BLOB against BYTEA) and Flyway runs these same scripts on both,
-- so the content is kept as Base64 text in chunks of 32 000 characters (24 000 bytes), a VARCHAR valid on both.
-- The file's SHA-256 is checked against the chunks whenever the content is read.

CREATE TABLE attachment (
    id           CHAR(36)     NOT NULL,
    committee_id CHAR(36)     NOT NULL,
    file_name    VARCHAR(100) NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_attachment PRIMARY KEY (id),
    CONSTRAINT fk_attachment_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);
CREATE INDEX ix_attachment_committee ON attachment (committee_id, uploaded_at);

CREATE TABLE attachment_chunk (
    attachment_id  CHAR(36)       NOT NULL,
    chunk_no       INTEGER        NOT NULL,
    content_base64 VARCHAR(32000) NOT NULL,
    CONSTRAINT pk_attachment_chunk PRIMARY KEY (attachment_id, chunk_no),
    CONSTRAINT fk_attachment_chunk FOREIGN KEY (attachment_id) REFERENCES attachment (id)
);
