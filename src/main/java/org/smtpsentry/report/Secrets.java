package org.smtpsentry.report;

/** Evidence lines are printed with any password they carry masked (Dovecot's auth_verbose_passwords). */
final class Secrets {
    private static final String GIVEN = "(given password: ";

    private Secrets() {
    }

    static String mask(String line) {
        int at = line.indexOf(GIVEN);
        if (at < 0) {
            return line;
        }
        int end = line.indexOf(')', at + GIVEN.length());
        return line.substring(0, at + GIVEN.length()) + "****" + (end < 0 ? ")" : line.substring(end));
    }
}
