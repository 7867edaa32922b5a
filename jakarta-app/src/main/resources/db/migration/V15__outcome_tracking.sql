-- Consultation outcome reports followed up (协商成果办理): one row per report, keyed by the consultation activity that
-- handed it over, with the report (submission, leaders' instructions, each suggestion with its department, status and
-- log) as a JSON document. ${long_text} is CLOB on Derby and TEXT on PostgreSQL (see Migrations).

CREATE TABLE tracked_outcome (
    activity_id   CHAR(36)      NOT NULL,
    committee_id  CHAR(36)      NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    reported_on   DATE          NOT NULL,
    stage         VARCHAR(20)   NOT NULL,
    document      ${long_text}  NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT pk_tracked_outcome PRIMARY KEY (activity_id),
    CONSTRAINT fk_tracked_outcome_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);

CREATE INDEX ix_tracked_outcome_committee ON tracked_outcome (committee_id, reported_on);
