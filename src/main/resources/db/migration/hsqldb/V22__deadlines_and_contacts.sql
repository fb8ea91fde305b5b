-- A round's deadlines, one per level (unit type): the CĐCS send to their district by one date, the districts report
-- to the province by a later one. A file is on time when it arrived (was dropped or uploaded) by its level's date.
CREATE CACHED TABLE round_deadline (
    round_code    VARCHAR(64)   NOT NULL,
    unit_type     VARCHAR(32)   NOT NULL,
    due_on        DATE          NOT NULL,
    PRIMARY KEY (round_code, unit_type)
);

-- Whom to call about a unit's report: optional columns of the registry file.
CREATE CACHED TABLE unit_contact (
    code          VARCHAR(64)   NOT NULL PRIMARY KEY,
    contact_name  VARCHAR(200),
    phone         VARCHAR(64),
    email         VARCHAR(200)
);
