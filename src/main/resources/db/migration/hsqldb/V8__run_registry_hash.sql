-- The registry a run consolidated over (a checksum): a run over the same registry can reuse the previous run's
-- totals.csv for every CĐCS that sent nothing new.
ALTER TABLE run ADD COLUMN registry_hash VARCHAR(64);
