-- Warnings a run finds by comparing units with each other (W7, year over year): a property of the run's current
-- submissions, not of a file, so kept per run and shown as of that run.
CREATE CACHED TABLE run_warning (
    run_id        BIGINT        NOT NULL,
    position      INTEGER       NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    unit_code     VARCHAR(64)   NOT NULL,
    file_name     VARCHAR(2000) NOT NULL,
    code          VARCHAR(8)    NOT NULL,
    indicator     VARCHAR(64),
    year_no       INTEGER,
    message_key   VARCHAR(100)  NOT NULL,
    message_args  VARCHAR(4000) NOT NULL,
    PRIMARY KEY (run_id, position)
);
CREATE INDEX run_warning_sha ON run_warning (sha256, run_id);
