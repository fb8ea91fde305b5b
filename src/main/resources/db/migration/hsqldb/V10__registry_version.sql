-- A counter that every change of the registry bumps, whoever makes it (import, or SQL by hand): the application
-- keeps one tree in memory and rebuilds it only when the counter moved.
CREATE TABLE registry_version (id INT NOT NULL PRIMARY KEY, version BIGINT NOT NULL);
INSERT INTO registry_version VALUES (1, 0);
CREATE TRIGGER org_unit_inserted AFTER INSERT ON org_unit FOR EACH STATEMENT
    UPDATE registry_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER org_unit_updated AFTER UPDATE ON org_unit FOR EACH STATEMENT
    UPDATE registry_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER org_unit_deleted AFTER DELETE ON org_unit FOR EACH STATEMENT
    UPDATE registry_version SET version = version + 1 WHERE id = 1;
