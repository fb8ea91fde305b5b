-- Text sorts by code point, as on HSQLDB and as Java compares strings, whatever the server's locale. A database takes
-- its collation from the server's locale (en_US, vi_VN: case and punctuation weigh least, "H10" before "H1-A"), and
-- the runs merge rows the database sorted with rows Java sorted: a CĐCS's lines of totals.csv with its districts',
-- an earlier run's totals.csv searched by unit code. Every text column of the application's tables is set to the
-- "C" collation, indexes with it; SchemaParityTest fails for a column added later without it.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT c.oid::regclass AS tbl,
               string_agg(format('ALTER COLUMN %I TYPE %s COLLATE "C"', a.attname,
                                 format_type(a.atttypid, a.atttypmod)), ', ' ORDER BY a.attnum) AS changes
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid
        WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
          AND a.atttypid IN ('varchar'::regtype, 'bpchar'::regtype, 'text'::regtype)
          AND c.relname <> 'flyway_schema_history' AND c.relname NOT LIKE 'batch\_%'
        GROUP BY c.oid
    LOOP
        EXECUTE format('ALTER TABLE %s %s', t.tbl, t.changes);
    END LOOP;
END $$;
