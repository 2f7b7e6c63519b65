package org.smtpsentry.logs;

import java.time.Instant;

/**
 * A syslog line cut into its header and message: {@code host} is null in logs that carry none (Dovecot's own
 * log_path), {@code pid} is -1 when the program gave none.
 */
public record SyslogLine(Instant time, String host, String program, int pid, String message) {
}
