-- Signed webhooks for integrators: one committee's change feed pushed to a department's own system, in order, at
-- least once. secret is the HMAC key the deliveries are signed with, stored encrypted as personal data is.
-- delivered_seq is the last feed sequence the endpoint acknowledged (2xx); a failure leaves it and waits before the
-- next attempt, longer after each failure in a row. Deliveries change only the delivery columns, not the version.
CREATE TABLE webhook (
    id               CHAR(36)      NOT NULL,
    committee_id     CHAR(36)      NOT NULL,
    target_url       VARCHAR(500)  NOT NULL,
    description      VARCHAR(200)  NOT NULL,
    secret           VARCHAR(500)  NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    delivered_seq    BIGINT        NOT NULL,
    failures         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP     NOT NULL,
    last_attempt_at  TIMESTAMP,
    last_status      INTEGER,
    last_error       VARCHAR(500),
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_webhook PRIMARY KEY (id)
);

CREATE INDEX ix_webhook_committee ON webhook (committee_id);
