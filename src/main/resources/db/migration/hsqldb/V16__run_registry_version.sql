-- A run records the registry version it consolidated over (the counter OrgRegistry keeps), the same answer the
-- roll-up's kept sums use, instead of a hash of the registry computed apart. Earlier runs have none: the first
-- run after the upgrade writes its totals.csv whole.
ALTER TABLE run ADD COLUMN registry_version BIGINT;
