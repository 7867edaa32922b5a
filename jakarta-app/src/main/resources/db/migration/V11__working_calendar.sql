-- A committee's own holiday schedule of a year (the next year's once published, or a local holiday), in place of the
-- official one shipped with the library. The days are kept as the shipped schedules write them (2026-10-01..2026-10-07,
-- 2026-10-10): a year's list fits a short text, and reads back the way a clerk would type it.

CREATE TABLE working_calendar (
    committee_id    CHAR(36)      NOT NULL,
    calendar_year   INTEGER       NOT NULL,
    schedule_source VARCHAR(200)  NOT NULL,
    days_off        VARCHAR(4000) NOT NULL,
    working_days    VARCHAR(4000) NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_working_calendar PRIMARY KEY (committee_id, calendar_year),
    CONSTRAINT fk_working_calendar_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);
