-- The form definitions this installation knows, each as its file's text under its id and version. A returned file
-- names its form's id and version (stamped in the template), and is read with exactly that definition, so a stored
-- version is never changed by an import (the bundled form is replaced only by the application's own upgrade).
CREATE CACHED TABLE form_definition (
    form_id       VARCHAR(64)      NOT NULL,
    version       VARCHAR(64)      NOT NULL,
    title         VARCHAR(500)     NOT NULL,
    definition    VARCHAR(1000000) NOT NULL,
    sha256        CHAR(64)         NOT NULL,
    source        VARCHAR(2000)    NOT NULL,
    imported_at   TIMESTAMP        NOT NULL,
    PRIMARY KEY (form_id, version)
);
