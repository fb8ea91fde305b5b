-- The files with findings of a run are handed to the outputs a page at a time in file name order: walked along this
-- index, each page starts where the last one ended; without it the database sorted every matching file of the runs
-- for every page.
CREATE INDEX received_file_name ON received_file (file_name, sha256);
