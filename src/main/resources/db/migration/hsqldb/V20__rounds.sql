-- Reporting rounds (đợt báo cáo): a form version, the day the tree is taken at, a title. Everything received and
-- worked out belongs to one round. The first round is the one every earlier version collected: the bundled
-- Biểu 01-CĐCS 2018–2020 (its definition is stored in form_definition on first start), and every row stored before
-- this migration belongs to it.
CREATE CACHED TABLE report_round (
    code            VARCHAR(64)   NOT NULL PRIMARY KEY,
    title           VARCHAR(500)  NOT NULL,
    form_id         VARCHAR(64)   NOT NULL,
    form_version    VARCHAR(64)   NOT NULL,
    reference_date  DATE          NOT NULL,
    compare_with    VARCHAR(64),
    status          VARCHAR(16)   NOT NULL,
    ordinal         INT           NOT NULL UNIQUE,
    created_at      TIMESTAMP     NOT NULL
);
INSERT INTO report_round (code, title, form_id, form_version, reference_date, compare_with, status, ordinal, created_at)
    VALUES ('bieu01-cdcs-2018-2020', 'Sơ kết giữa nhiệm kỳ 2018–2020', 'BIEU01-CDCS', '2018-2020.1',
            DATE '2020-12-31', NULL, 'OPEN', 1, CURRENT_TIMESTAMP);

ALTER TABLE run ADD COLUMN round_code VARCHAR(64) DEFAULT 'bieu01-cdcs-2018-2020' NOT NULL;
ALTER TABLE run ALTER COLUMN round_code DROP DEFAULT;
CREATE INDEX run_round ON run (round_code, status, id);

-- A unit's current submission is per round: the 2021 annual form does not replace the 2018–2020 one.
ALTER TABLE submission ADD COLUMN round_code VARCHAR(64) DEFAULT 'bieu01-cdcs-2018-2020' NOT NULL;
ALTER TABLE submission ALTER COLUMN round_code DROP DEFAULT;
DROP INDEX submission_unit;
CREATE INDEX submission_unit ON submission (round_code, unit_code, is_current);

-- Term targets and what staff write into a report are set for one round.
ALTER TABLE target ADD COLUMN round_code VARCHAR(64) DEFAULT 'bieu01-cdcs-2018-2020' NOT NULL;
ALTER TABLE target ALTER COLUMN round_code DROP DEFAULT;
ALTER TABLE target DROP PRIMARY KEY;
ALTER TABLE target ADD PRIMARY KEY (round_code, unit_code, indicator);

ALTER TABLE report_edit ADD COLUMN round_code VARCHAR(64) DEFAULT 'bieu01-cdcs-2018-2020' NOT NULL;
ALTER TABLE report_edit ALTER COLUMN round_code DROP DEFAULT;
DROP INDEX report_edit_unit;
CREATE INDEX report_edit_unit ON report_edit (round_code, unit_code, part, id);
