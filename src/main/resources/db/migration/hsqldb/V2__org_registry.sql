-- The organisation tree. A unit's parent does not change over time; units founded or dissolved carry
-- valid_from / valid_to, and "the tree as of D" is the units with valid_from <= D < valid_to.
CREATE CACHED TABLE org_unit (
    code        VARCHAR(64)  NOT NULL PRIMARY KEY,
    name        VARCHAR(500) NOT NULL,
    type        VARCHAR(32)  NOT NULL,
    parent_code VARCHAR(64),
    sector      VARCHAR(16),
    valid_from  DATE,
    valid_to    DATE
);
CREATE INDEX org_unit_parent ON org_unit (parent_code);
