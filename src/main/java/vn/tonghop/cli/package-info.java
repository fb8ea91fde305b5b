/** The command line: one picocli command per task, on top of the services. */
package vn.tonghop.cli;
