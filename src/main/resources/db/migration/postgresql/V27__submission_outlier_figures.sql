-- The figures of the indicators the form's year-over-year check (W7) reads, beside the whole form's: every run judges
-- all current submissions of its round again, and decoding each whole form was most of that step. NULL for a
-- submission stored before (or of a form without the check), whose whole figures are read instead.
ALTER TABLE submission ADD COLUMN outlier_figures TEXT;
