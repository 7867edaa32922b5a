-- Consultation plans (协商计划): the annual plan with its topics and amendments, consultation activities with their
-- eight steps and participants, and the submissions of public calls for topics.

CREATE TABLE consultation_plan (
    id              VARCHAR(48)   NOT NULL,
    committee_id    CHAR(36)      NOT NULL,
    plan_year       INTEGER       NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    approved_by     VARCHAR(100),
    approved_on     DATE,
    approval_reason VARCHAR(1000),
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_consultation_plan PRIMARY KEY (id),
    CONSTRAINT fk_consultation_plan_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT uq_consultation_plan UNIQUE (committee_id, plan_year)
);

CREATE TABLE consultation_topic (
    plan_id                   VARCHAR(48)   NOT NULL,
    topic_no                  INTEGER       NOT NULL,
    topic_id                  CHAR(36)      NOT NULL,
    title                     VARCHAR(200)  NOT NULL,
    description               VARCHAR(4000) NOT NULL,
    topic_source              VARCHAR(30)   NOT NULL,
    content_area              VARCHAR(40)   NOT NULL,
    lead_special_committee_id CHAR(36),
    counterpart_department    VARCHAR(100),
    planned_quarter           INTEGER       NOT NULL,
    planned_month             INTEGER,
    consultation_form         VARCHAR(40)   NOT NULL,
    screening_category        VARCHAR(40),
    screening_consultable     SMALLINT,
    screening_reason          VARCHAR(1000),
    screened_by               VARCHAR(100),
    screened_on               DATE,
    CONSTRAINT pk_consultation_topic PRIMARY KEY (plan_id, topic_no),
    CONSTRAINT fk_consultation_topic FOREIGN KEY (plan_id) REFERENCES consultation_plan (id)
);

CREATE TABLE plan_amendment (
    plan_id      VARCHAR(48)   NOT NULL,
    amendment_no INTEGER       NOT NULL,
    changed_by   VARCHAR(100)  NOT NULL,
    changed_on   DATE          NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_plan_amendment PRIMARY KEY (plan_id, amendment_no),
    CONSTRAINT fk_plan_amendment FOREIGN KEY (plan_id) REFERENCES consultation_plan (id)
);

CREATE TABLE consultation_activity (
    id                CHAR(36)      NOT NULL,
    committee_id      CHAR(36)      NOT NULL,
    plan_year         INTEGER       NOT NULL,
    topic_id          CHAR(36)      NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    consultation_form VARCHAR(40)   NOT NULL,
    meeting_id        CHAR(36),
    joint_kind        VARCHAR(20),
    joint_counties    VARCHAR(2000),
    version           BIGINT        NOT NULL,
    CONSTRAINT pk_consultation_activity PRIMARY KEY (id),
    CONSTRAINT fk_consultation_activity_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);

CREATE INDEX ix_consultation_activity_year ON consultation_activity (plan_year, committee_id);

CREATE TABLE consultation_step (
    activity_id           CHAR(36)     NOT NULL,
    step                  VARCHAR(30)  NOT NULL,
    step_no               INTEGER      NOT NULL,
    deliverable           VARCHAR(500) NOT NULL,
    attachment            VARCHAR(200),
    done_by               VARCHAR(100) NOT NULL,
    done_on               DATE         NOT NULL,
    deciding_organisation VARCHAR(100),
    CONSTRAINT pk_consultation_step PRIMARY KEY (activity_id, step_no),
    CONSTRAINT fk_consultation_step FOREIGN KEY (activity_id) REFERENCES consultation_activity (id)
);

CREATE TABLE consultation_participant (
    activity_id    CHAR(36)     NOT NULL,
    participant_no INTEGER      NOT NULL,
    participant_kind VARCHAR(20)  NOT NULL,
    committee_id   CHAR(36)     NOT NULL,
    member_id      CHAR(36),
    name           VARCHAR(50)  NOT NULL,
    unit           VARCHAR(100) NOT NULL,
    CONSTRAINT pk_consultation_participant PRIMARY KEY (activity_id, participant_no),
    CONSTRAINT fk_consultation_participant FOREIGN KEY (activity_id) REFERENCES consultation_activity (id)
);

CREATE TABLE public_submission (
    receipt      VARCHAR(14)   NOT NULL,
    committee_id CHAR(36)      NOT NULL,
    plan_year    INTEGER       NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000) NOT NULL,
    content_area VARCHAR(40)   NOT NULL,
    submitter    VARCHAR(50),
    contact      VARCHAR(100),
    received_on  DATE          NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    topic_id     CHAR(36),
    reply        VARCHAR(1000),
    version      BIGINT        NOT NULL,
    CONSTRAINT pk_public_submission PRIMARY KEY (receipt),
    CONSTRAINT fk_public_submission_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);

CREATE INDEX ix_public_submission_year ON public_submission (committee_id, plan_year);
