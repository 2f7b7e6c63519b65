package org.smtpsentry.logs.dovecot;

import org.smtpsentry.event.AuthFailure;
import org.smtpsentry.event.Origin;
import org.smtpsentry.event.Reporter;
import org.smtpsentry.logs.EventSink;
import org.smtpsentry.logs.SyslogLine;
import org.smtpsentry.logs.SyslogProgram;

/**
 * Dovecot's password checks, through syslog ({@code dovecot: auth: passwd-file(u@d,IP): Password mismatch}) or in its
 * own log_path, which has no host and gives the process as the program ({@code auth: Info: ...},
 * {@code auth-worker(123): Info: sql(u@d,IP,<session>): unknown user}). A failed check of any passdb driver becomes an
 * {@link AuthFailure} reported by the authentication server; the login processes' summaries repeat those checks and
 * are left out, so that nothing is counted twice.
 */
public final class DovecotLines implements SyslogProgram {
    private static final String[] LEVELS = {"Info: ", "Warning: ", "Error: ", "Debug: ", "Fatal: ", "Panic: "};
    private static final String[] DRIVERS = {"passwd-file(", "sql(", "ldap(", "pam(", "passwd(", "shadow(",
            "checkpassword(", "static(", "bsdauth(", "lua(", "oauth2(", "imap(", "vpopmail("};

    @Override
    public boolean handles(String program) {
        return program.equals("dovecot") || program.equals("auth") || program.startsWith("auth-worker");
    }

    @Override
    public void decode(SyslogLine line, Origin origin, EventSink sink) {
        String m = line.message();
        int at = 0;
        if (line.program().equals("dovecot")) {
            if (!m.startsWith("auth")) {
                return; // imap, pop3, lmtp, master...: not password checks
            }
            int colon = m.indexOf(": ");
            if (colon < 0) {
                return;
            }
            at = colon + 2;
        }
        for (String level : LEVELS) {
            if (m.startsWith(level, at)) {
                at += level.length();
                break;
            }
        }
        for (String driver : DRIVERS) {
            if (m.startsWith(driver, at)) {
                passdbResult(line, m, at, driver.length(), origin, sink);
                return;
            }
        }
        // other auth process notices (client disconnects, cache, settings) carry no attempt
    }

    /** {@code driver(user,ip[,<session>]): reason}: a failure when the reason says the password or user was wrong. */
    private void passdbResult(SyslogLine line, String m, int at, int driverLength, Origin origin, EventSink sink) {
        int open = at + driverLength;
        int close = m.indexOf("): ", open);
        if (close < 0) {
            sink.notUnderstood("dovecot passdb line", origin);
            return;
        }
        String reason = m.substring(close + 3);
        if (!isFailure(reason)) {
            return;
        }
        String inner = m.substring(open, close);
        int end = inner.length();
        int comma = inner.lastIndexOf(',');
        if (comma >= 0 && inner.startsWith("<", comma + 1)) { // the session id, in Dovecot 2.3
            end = comma;
            comma = inner.lastIndexOf(',', end - 1);
        }
        if (comma < 0) {
            sink.notUnderstood("dovecot passdb line", origin);
            return;
        }
        String user = inner.substring(0, comma);
        String ip = inner.substring(comma + 1, end);
        int given = reason.indexOf(" (given password");
        if (given >= 0) {
            reason = reason.substring(0, given); // auth_verbose_passwords: never carry a password further
        }
        sink.accept(new AuthFailure(line.time(), origin, null, ip.isEmpty() ? null : ip,
                user.isEmpty() || user.equals("?") ? null : user, null, Reporter.AUTH_SERVER, reason));
    }

    private static boolean isFailure(String reason) {
        return reason.startsWith("Password mismatch") || reason.startsWith("unknown user")
                || reason.contains("password mismatch") || reason.contains("Authentication failure")
                || reason.contains("authentication failure") || reason.startsWith("Invalid password");
    }
}
