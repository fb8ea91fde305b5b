-- A unit that changes its upper unit (a CĐCS of a district LĐLĐ placed directly under the provincial federation when
-- the district level went in 2025): from moved_on on, its parent is parent_code. The unit's own founding and
-- dissolution stay in org_unit (a move is neither), and org_unit.parent_code is its parent before its first move.
-- Each round consolidates under the tree as it stood on its reference date.
CREATE CACHED TABLE unit_move (
    code          VARCHAR(64)   NOT NULL,
    moved_on      DATE          NOT NULL,
    parent_code   VARCHAR(64)   NOT NULL,
    PRIMARY KEY (code, moved_on)
);
CREATE TRIGGER unit_move_inserted AFTER INSERT ON unit_move FOR EACH STATEMENT
    INSERT INTO registry_change (id) VALUES (DEFAULT);
CREATE TRIGGER unit_move_updated AFTER UPDATE ON unit_move FOR EACH STATEMENT
    INSERT INTO registry_change (id) VALUES (DEFAULT);
CREATE TRIGGER unit_move_deleted AFTER DELETE ON unit_move FOR EACH STATEMENT
    INSERT INTO registry_change (id) VALUES (DEFAULT);
