/** The vocabulary every stage shares: findings, severities, their Vietnamese wording, and the containment of a file's failure. */
package vn.tonghop.finding;
