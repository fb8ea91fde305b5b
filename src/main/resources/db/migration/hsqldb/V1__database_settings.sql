-- URL properties are ignored for an existing database, so the settings live here.
-- MVCC: parallel steps must not fail with table-lock serialization failures.
-- WRITE DELAY 0: a committed transaction is on disk before the commit returns (crash safety).
-- CACHED: tables live on disk, not in the heap, so memory does not grow with the data.
SET DATABASE TRANSACTION CONTROL MVCC;
SET FILES WRITE DELAY 0 MILLIS;
SET DATABASE DEFAULT TABLE TYPE CACHED;
