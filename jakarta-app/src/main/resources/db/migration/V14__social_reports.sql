-- Social-condition reports (社情民意信息).
--
-- As with proposals (V13), a report is one row: the columns the register and a member's list filter and sort on, and
-- the whole report (co-authors, the office's edited version, the adoption decision, upward reports, leaders'
-- instructions, history) as a JSON document read and written with it.
-- co_author_ids repeats identifiers from the document for the LIKE filter of a member's own reports; submitted_at is the
-- last hand-in (NULL for a draft), the register's order; origin_proposal_id names the proposal a report was turned from.
-- ${long_text} is CLOB on Derby and TEXT on PostgreSQL (see Migrations).

CREATE TABLE social_report (
    id                  CHAR(36)      NOT NULL,
    committee_id        CHAR(36)      NOT NULL,
    report_year         INTEGER       NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    submitter_id        CHAR(36)      NOT NULL,
    co_author_ids       VARCHAR(2000),
    title               VARCHAR(100)  NOT NULL,
    category            VARCHAR(30)   NOT NULL,
    origin_proposal_id  CHAR(36),
    submitted_at        TIMESTAMP,
    document            ${long_text}  NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT pk_social_report PRIMARY KEY (id),
    CONSTRAINT fk_social_report_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);

CREATE INDEX ix_social_report_register ON social_report (committee_id, report_year, status);
CREATE INDEX ix_social_report_submitter ON social_report (submitter_id);
CREATE INDEX ix_social_report_origin ON social_report (origin_proposal_id);
