-- A submission's figures in a table of their own, keyed by the submission's id, as in the embedded database's schema
-- (its V28 says why: there, a wide row made every insert and update of submission slow). Here too the row a later
-- file's arrival rewrites to mark it superseded is now small.
CREATE TABLE submission_figures (
    submission_id   BIGINT          NOT NULL PRIMARY KEY,
    figures         TEXT            NOT NULL,
    FOREIGN KEY (submission_id) REFERENCES submission (id)
);
INSERT INTO submission_figures (submission_id, figures) SELECT id, figures FROM submission ORDER BY id;
ALTER TABLE submission DROP COLUMN figures;
