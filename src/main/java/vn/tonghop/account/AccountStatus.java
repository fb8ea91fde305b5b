package vn.tonghop.account;

/** An account as the administrator sees it: whether it is switched off, and whether wrong passwords hold it now. */
public record AccountStatus(Account account, boolean disabled, boolean locked) {
}
