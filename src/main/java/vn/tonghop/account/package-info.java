/** People who sign in, their passwords, roles and scope, and the record of every change to an account (tables app_user, account_event). */
package vn.tonghop.account;
