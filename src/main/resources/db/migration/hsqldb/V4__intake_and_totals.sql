-- One row per consolidation run; the Batch job instance carries run_id as its identifying parameter.
CREATE CACHED TABLE run (
    id            BIGINT       NOT NULL PRIMARY KEY,
    inbox         VARCHAR(2000) NOT NULL,
    started_at    TIMESTAMP    NOT NULL,
    finished_at   TIMESTAMP,
    status        VARCHAR(16)  NOT NULL
);
CREATE SEQUENCE run_id_seq START WITH 1;

-- The inbox as it stood when the run began, in processing order. A restarted run works through the same list,
-- so it ends exactly as an uninterrupted run would.
CREATE CACHED TABLE run_file (
    run_id        BIGINT        NOT NULL,
    position      INT           NOT NULL,
    path          VARCHAR(2000) NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    modified_at   TIMESTAMP     NOT NULL,
    outcome       VARCHAR(16),
    sha256        CHAR(64),
    PRIMARY KEY (run_id, position)
);

-- Every distinct content ever received, kept in the archive under its SHA-256. Never deleted.
CREATE CACHED TABLE received_file (
    sha256        CHAR(64)      NOT NULL PRIMARY KEY,
    file_name     VARCHAR(2000) NOT NULL,
    archive_path  VARCHAR(2000) NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    run_id        BIGINT        NOT NULL,
    received_at   TIMESTAMP     NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    unit_code     VARCHAR(64)
);
CREATE INDEX received_file_run ON received_file (run_id);
CREATE INDEX received_file_unit ON received_file (unit_code);

-- An accepted file of a unit. The values are one row per form, not per cell: that is what keeps storing cheap.
CREATE CACHED TABLE submission (
    id            BIGINT        NOT NULL PRIMARY KEY,
    unit_code     VARCHAR(64)   NOT NULL,
    sha256        CHAR(64)      NOT NULL UNIQUE,
    run_id        BIGINT        NOT NULL,
    is_current    BOOLEAN       NOT NULL,
    form_version  VARCHAR(64)   NOT NULL,
    figures       CLOB          NOT NULL
);
CREATE SEQUENCE submission_id_seq START WITH 1;
CREATE INDEX submission_unit ON submission (unit_code, is_current);

CREATE CACHED TABLE finding (
    sha256        CHAR(64)      NOT NULL,
    position      INT           NOT NULL,
    severity      VARCHAR(8)    NOT NULL,
    code          VARCHAR(8)    NOT NULL,
    sheet         VARCHAR(200),
    cell          VARCHAR(16),
    indicator     VARCHAR(64),
    year_no       INT,
    message_key   VARCHAR(200)  NOT NULL,
    message_args  VARCHAR(4000) NOT NULL,
    PRIMARY KEY (sha256, position)
);

-- The consolidated figures of a run, for the reports and the web app (totals.csv is written from here).
CREATE CACHED TABLE total (
    run_id        BIGINT        NOT NULL,
    unit_code     VARCHAR(64)   NOT NULL,
    indicator     VARCHAR(100)  NOT NULL,
    period        VARCHAR(9)    NOT NULL,
    val           DECIMAL(30,6) NOT NULL,
    PRIMARY KEY (run_id, unit_code, indicator, period)
);
