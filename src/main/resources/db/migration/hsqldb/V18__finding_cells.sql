-- A broken rule's finding names every cell the rule reads ("F23, F17"), so that the annotated copy marks them all.
ALTER TABLE finding ALTER COLUMN cell SET DATA TYPE VARCHAR(500);
