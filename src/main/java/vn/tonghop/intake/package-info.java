/** A leaf: the inbox listing, the archive, received files, duplicates, uploads and submissions (tables run_file, received_file, duplicate_file, submission, submission_figures, finding, inbox_seen, upload). */
package vn.tonghop.intake;
