-- People who sign in to the web app. A user acts within the subtree of unit_code (the whole tree for the root).
CREATE CACHED TABLE app_user (
    username        VARCHAR(64)   NOT NULL PRIMARY KEY,
    password_hash   VARCHAR(200)  NOT NULL,
    display_name    VARCHAR(200)  NOT NULL,
    role            VARCHAR(16)   NOT NULL,
    unit_code       VARCHAR(64)   NOT NULL,
    must_change     BOOLEAN       NOT NULL,
    failed_logins   INT           DEFAULT 0 NOT NULL,
    locked_until    TIMESTAMP,
    created_at      TIMESTAMP     NOT NULL
);

-- Files put into the inbox through the web app: who sent what, under which name, stored where. The content's
-- SHA-256 links an upload to what the next run made of it (received_file).
CREATE CACHED TABLE upload (
    id              BIGINT        NOT NULL PRIMARY KEY,
    unit_code       VARCHAR(64)   NOT NULL,
    original_name   VARCHAR(500)  NOT NULL,
    inbox_path      VARCHAR(2000) NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    username        VARCHAR(64)   NOT NULL,
    uploaded_at     TIMESTAMP     NOT NULL
);
CREATE SEQUENCE upload_id_seq START WITH 1;
CREATE INDEX upload_unit ON upload (unit_code);
CREATE INDEX upload_sha ON upload (sha256);
