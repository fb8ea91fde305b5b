-- A form is data, and a submission's figures grow with its indicators and years: at 32.000 characters a form of a few
-- hundred indicators over five or six years could not be stored (about 140 characters an indicator over six years
-- of values in the billions), and every file of it was returned as the system's failure.
-- As wide as the kept roll-up sums (rollup_sums.sums); PostgreSQL keeps them as TEXT.
ALTER TABLE submission_figures ALTER COLUMN figures SET DATA TYPE VARCHAR(1000000);
ALTER TABLE submission ALTER COLUMN outlier_figures SET DATA TYPE VARCHAR(1000000);
