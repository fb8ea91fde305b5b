package vn.tonghop.audit;

/** What kind of action an audit entry records; its Vietnamese name is {@code audit.kind.<name>}. */
public enum AuditKind {
	UPLOAD, WITHDRAWAL, MAIL, RUN, REMINDER, CONFIRMATION, LOCK, REOPENING, PUBLICATION, ACCOUNT
}
