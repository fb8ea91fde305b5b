-- Why a run left a file of the inbox for the next one (vn.tonghop.intake.Deferral), shown to staff beside the file.
ALTER TABLE run_file ADD COLUMN deferred_because VARCHAR(16);
