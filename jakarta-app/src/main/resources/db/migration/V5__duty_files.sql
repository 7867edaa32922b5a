-- Duty files: meetings and activities with invitations, leave and attendance; duty events; scoring schemes and scores;
-- discipline policies; findings; members' duty reports. Portable SQL for Derby and PostgreSQL.
-- Member references carry no foreign key: duty records outlive registry corrections and embedders may keep members elsewhere.
-- Points are stored in tenths (2.5 points = 25). Instants are UTC wall time; meeting times are the committee's local time.

CREATE TABLE duty_activity (
    id                             CHAR(36)     NOT NULL,
    committee_id                   CHAR(36)     NOT NULL,
    term_number                    INTEGER      NOT NULL,
    activity_kind                  VARCHAR(40)  NOT NULL,
    title                          VARCHAR(200) NOT NULL,
    starts_at                      TIMESTAMP    NOT NULL,
    ends_at                        TIMESTAMP    NOT NULL,
    place                          VARCHAR(100),
    organiser                      VARCHAR(100) NOT NULL,
    organiser_special_committee_id CHAR(36),
    audience_kind                  VARCHAR(30)  NOT NULL,
    audience_sector_id             CHAR(36),
    audience_special_committee_id  CHAR(36),
    obligatory                     SMALLINT     NOT NULL,
    version                        BIGINT       NOT NULL,
    CONSTRAINT pk_duty_activity PRIMARY KEY (id),
    CONSTRAINT fk_duty_activity_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);
CREATE INDEX ix_duty_activity_start ON duty_activity (committee_id, starts_at);

CREATE TABLE activity_invitation (
    activity_id        CHAR(36)     NOT NULL,
    member_id          CHAR(36)     NOT NULL,
    obligatory         SMALLINT     NOT NULL,
    attendance         VARCHAR(20)  NOT NULL,
    leave_reason       VARCHAR(500),
    leave_requested_at TIMESTAMP,
    leave_requested_by VARCHAR(100),
    leave_status       VARCHAR(20),
    leave_decided_by   VARCHAR(100),
    leave_decided_at   TIMESTAMP,
    leave_note         VARCHAR(500),
    CONSTRAINT pk_activity_invitation PRIMARY KEY (activity_id, member_id),
    CONSTRAINT fk_activity_invitation FOREIGN KEY (activity_id) REFERENCES duty_activity (id)
);
CREATE INDEX ix_activity_invitation_member ON activity_invitation (member_id);
CREATE INDEX ix_activity_invitation_leave ON activity_invitation (leave_status);

CREATE TABLE duty_event (
    id               CHAR(36)     NOT NULL,
    committee_id     CHAR(36)     NOT NULL,
    member_id        CHAR(36)     NOT NULL,
    event_kind       VARCHAR(40)  NOT NULL,
    occurred_on      DATE         NOT NULL,
    source_type      VARCHAR(20)  NOT NULL,
    source_reference VARCHAR(100) NOT NULL,
    title            VARCHAR(200) NOT NULL,
    recorded_at      TIMESTAMP    NOT NULL,
    CONSTRAINT pk_duty_event PRIMARY KEY (id),
    CONSTRAINT fk_duty_event_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT uq_duty_event_fact UNIQUE (member_id, source_type, source_reference, event_kind)
);
CREATE INDEX ix_duty_event_member ON duty_event (member_id, occurred_on);
CREATE INDEX ix_duty_event_committee ON duty_event (committee_id, member_id, occurred_on);

CREATE TABLE scoring_scheme (
    id               CHAR(36)     NOT NULL,
    committee_id     CHAR(36)     NOT NULL,
    scheme_year      INTEGER      NOT NULL,
    revision         INTEGER      NOT NULL,
    base_tenths      INTEGER      NOT NULL,
    maximum_tenths   INTEGER,
    pass_mark_tenths INTEGER      NOT NULL,
    reason           VARCHAR(500),
    changed_by       VARCHAR(100) NOT NULL,
    changed_at       TIMESTAMP    NOT NULL,
    CONSTRAINT pk_scoring_scheme PRIMARY KEY (id),
    CONSTRAINT fk_scoring_scheme_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT uq_scoring_scheme_revision UNIQUE (committee_id, scheme_year, revision)
);

CREATE TABLE scoring_item (
    scheme_id  CHAR(36)      NOT NULL,
    item_no    INTEGER       NOT NULL,
    code       VARCHAR(40)   NOT NULL,
    label      VARCHAR(100)  NOT NULL,
    rule_type  VARCHAR(100)  NOT NULL,
    parameters VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_scoring_item PRIMARY KEY (scheme_id, item_no),
    CONSTRAINT fk_scoring_item FOREIGN KEY (scheme_id) REFERENCES scoring_scheme (id)
);

CREATE TABLE grade_band (
    scheme_id      CHAR(36)    NOT NULL,
    band_no        INTEGER     NOT NULL,
    grade          VARCHAR(20) NOT NULL,
    minimum_tenths INTEGER     NOT NULL,
    CONSTRAINT pk_grade_band PRIMARY KEY (scheme_id, band_no),
    CONSTRAINT fk_grade_band FOREIGN KEY (scheme_id) REFERENCES scoring_scheme (id)
);

CREATE TABLE annual_score (
    committee_id CHAR(36)    NOT NULL,
    score_year   INTEGER     NOT NULL,
    revision     INTEGER     NOT NULL,
    member_id    CHAR(36)    NOT NULL,
    total_tenths INTEGER     NOT NULL,
    grade        VARCHAR(20) NOT NULL,
    passed       SMALLINT    NOT NULL,
    CONSTRAINT pk_annual_score PRIMARY KEY (committee_id, score_year, revision, member_id),
    CONSTRAINT fk_annual_score_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);

CREATE TABLE discipline_policy (
    committee_id CHAR(36)    NOT NULL,
    preset       VARCHAR(20),
    version      BIGINT      NOT NULL,
    CONSTRAINT pk_discipline_policy PRIMARY KEY (committee_id),
    CONSTRAINT fk_discipline_policy_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);

CREATE TABLE discipline_rule (
    committee_id CHAR(36)      NOT NULL,
    rule_no      INTEGER       NOT NULL,
    rule_type    VARCHAR(100)  NOT NULL,
    parameters   VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_discipline_rule PRIMARY KEY (committee_id, rule_no),
    CONSTRAINT fk_discipline_rule FOREIGN KEY (committee_id) REFERENCES discipline_policy (committee_id)
);

CREATE TABLE finding (
    id                     CHAR(36)      NOT NULL,
    committee_id           CHAR(36)      NOT NULL,
    member_id              CHAR(36)      NOT NULL,
    term_number            INTEGER       NOT NULL,
    finding_year           INTEGER       NOT NULL,
    finding_kind           VARCHAR(40)   NOT NULL,
    rule_type              VARCHAR(100)  NOT NULL,
    explanation            VARCHAR(100)  NOT NULL,
    arguments              VARCHAR(4000) NOT NULL,
    evidence               VARCHAR(4000) NOT NULL,
    raised_at              TIMESTAMP     NOT NULL,
    outcome                VARCHAR(30),
    reason                 VARCHAR(1000),
    decided_by             VARCHAR(100),
    decided_at             TIMESTAMP,
    membership_decision_id CHAR(36),
    version                BIGINT        NOT NULL,
    CONSTRAINT pk_finding PRIMARY KEY (id),
    CONSTRAINT fk_finding_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT uq_finding UNIQUE (member_id, finding_kind, finding_year)
);
CREATE INDEX ix_finding_committee ON finding (committee_id, finding_year);

CREATE TABLE duty_report (
    id             CHAR(36)       NOT NULL,
    committee_id   CHAR(36)       NOT NULL,
    member_id      CHAR(36)       NOT NULL,
    report_year    INTEGER        NOT NULL,
    report_kind    VARCHAR(30)    NOT NULL,
    report_text    VARCHAR(20000) NOT NULL,
    status         VARCHAR(20)    NOT NULL,
    submitted_at   TIMESTAMP,
    reviewed_by    VARCHAR(100),
    review_comment VARCHAR(1000),
    version        BIGINT         NOT NULL,
    CONSTRAINT pk_duty_report PRIMARY KEY (id),
    CONSTRAINT fk_duty_report_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT uq_duty_report UNIQUE (member_id, report_year, report_kind)
);
CREATE INDEX ix_duty_report_committee ON duty_report (committee_id, report_year, status);
