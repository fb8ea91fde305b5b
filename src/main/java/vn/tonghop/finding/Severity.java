package vn.tonghop.finding;

/** An error rejects the whole submission; a warning is kept with an accepted one. */
public enum Severity {
	ERROR, WARNING
}
