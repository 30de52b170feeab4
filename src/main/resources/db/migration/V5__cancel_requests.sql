-- Cancellation requests to Support, tracked to their end (docs/design.md, "Cancellation requests";
-- docs/decisions/0015-cancellation-requests.md). One row a request; its steps also go into the send's
-- history (send_history) and the change feed (send_changes). Times are epoch milliseconds in UTC.
CREATE TABLE cancel_requests (
    id           VARCHAR(32)    NOT NULL PRIMARY KEY,
    send_id      VARCHAR(64)    NOT NULL REFERENCES sends (id),
    state        VARCHAR(16)    NOT NULL,
    requested_by VARCHAR(320),
    requested_at BIGINT         NOT NULL,
    reason       VARCHAR(2000),
    support_text VARCHAR(10000),
    case_no      VARCHAR(200),
    note         VARCHAR(2000),
    sent_by      VARCHAR(320),
    sent_at      BIGINT,
    resolved_by  VARCHAR(320),
    resolved_at  BIGINT
);
-- A send's requests in order (details, exports), and the queue: pending requests oldest first.
CREATE INDEX cancel_requests_send ON cancel_requests (send_id, requested_at);
CREATE INDEX cancel_requests_state ON cancel_requests (state, requested_at);
