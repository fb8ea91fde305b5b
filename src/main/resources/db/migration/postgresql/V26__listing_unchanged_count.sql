-- A file whose path, size and time are those of a content already received is counted in its run's listing, not
-- stored as a row: an unchanged inbox then costs no database row per file. Listings stored before kept such files as
-- UNCHANGED rows of run_file, so their count here is 0.
ALTER TABLE run_listing_done ADD COLUMN unchanged INT DEFAULT 0 NOT NULL;
