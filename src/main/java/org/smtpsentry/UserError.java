package org.smtpsentry;

/**
 * A problem the user can fix: a bad option, an unreadable file, a malformed config value.
 * Printed as one line in Postfix's manner (where, what, a fix, what happens now), never as a stack trace
 * unless --debug is given.
 */
public final class UserError extends RuntimeException {
    /** Exit status for errors: 2, as cron jobs and scripts expect from audit-style tools. */
    public static final int EXIT_STATUS = 2;

    private final int exitStatus;

    public UserError(String message) {
        this(message, EXIT_STATUS, null);
    }

    public UserError(String message, Throwable cause) {
        this(message, EXIT_STATUS, cause);
    }

    public UserError(String message, int exitStatus, Throwable cause) {
        super(message, cause);
        this.exitStatus = exitStatus;
    }

    public int exitStatus() {
        return exitStatus;
    }
}
