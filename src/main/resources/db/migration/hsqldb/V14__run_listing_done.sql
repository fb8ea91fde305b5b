-- A run's listing of the inbox is stored a thousand files a transaction: the embedded database holds every row of
-- an open transaction in the heap, and a province's listing in one transaction was the largest live set of a
-- re-run. This row says the listing is whole; without it a restart drops the rows and lists the inbox again.
CREATE TABLE run_listing_done (
    run_id        BIGINT        NOT NULL PRIMARY KEY,
    files         INT           NOT NULL
);
-- Listings stored before were stored in one transaction, so every one there is whole.
INSERT INTO run_listing_done (run_id, files) SELECT run_id, COUNT(*) FROM run_file GROUP BY run_id;
