/**
 * The audit log: who did what and when (uploads, withdrawals, runs, reminders, confirmations, locks, reopenings,
 * publications, account changes), append-only in the database.
 */
package vn.tonghop.audit;
