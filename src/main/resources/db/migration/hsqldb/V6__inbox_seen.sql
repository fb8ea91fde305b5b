-- The content last seen under each inbox path, so that a file whose path, size and time are unchanged is known
-- without reading it: unchanged files cost nothing in a re-run.
CREATE CACHED TABLE inbox_seen (
    path          VARCHAR(2000) NOT NULL PRIMARY KEY,
    size_bytes    BIGINT        NOT NULL,
    modified_at   TIMESTAMP     NOT NULL,
    sha256        CHAR(64)      NOT NULL
);
