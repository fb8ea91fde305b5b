-- A path is recorded as seen only with a content that received_file holds, and the listing trusts that without
-- asking received_file again for every path. Rows an earlier version left that name no received content are
-- removed once here: their files are read again by the next run, as a new file is.
DELETE FROM inbox_seen WHERE NOT EXISTS (SELECT 1 FROM received_file r WHERE r.sha256 = inbox_seen.sha256);
