-- A submission's figures in a table of their own, keyed by the submission's id. The embedded database keeps a CACHED
-- table's index nodes in its rows: inserting a submission walked its random sha256 index through rows read back from
-- disk whole, figures and all (a few KB each, more than its row cache holds past a few thousand forms), and marking a
-- superseded submission not current rewrote its figures. The submission row is now small; its figures are written
-- once, in id order, and read by id. The few figures the year-over-year check (W7) reads stay in the row: that check
-- reads every current submission on every run.
CREATE TABLE submission_figures (
    submission_id   BIGINT          NOT NULL PRIMARY KEY,
    figures         VARCHAR(32000)  NOT NULL,
    FOREIGN KEY (submission_id) REFERENCES submission (id)
);
INSERT INTO submission_figures (submission_id, figures) SELECT id, figures FROM submission ORDER BY id;
ALTER TABLE submission DROP COLUMN figures;
