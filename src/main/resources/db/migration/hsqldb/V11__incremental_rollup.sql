-- The run in which a submission stopped being current (a later file of its unit replaced it), so that a roll-up
-- can take back exactly what an earlier roll-up added. Null for submissions replaced before this column existed,
-- which no kept roll-up counts.
ALTER TABLE submission ADD COLUMN superseded_in BIGINT;
CREATE INDEX submission_run ON submission (run_id);
CREATE INDEX submission_superseded ON submission (superseded_in);

-- The sums behind the latest roll-up's totals of the units above the CĐCS, before averages, shares and ratios
-- are worked out: one row per unit and year. The next run over the same registry and form starts from them and
-- adds only what changed. basis identifies that registry and form.
CREATE CACHED TABLE rollup_sums (
    run_id        BIGINT          NOT NULL,
    unit_code     VARCHAR(64)     NOT NULL,
    year_no       INT             NOT NULL,
    basis         CHAR(64)        NOT NULL,
    sums          VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (run_id, unit_code, year_no)
);
