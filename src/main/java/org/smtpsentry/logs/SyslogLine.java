package org.smtpsentry.logs;

import java.time.Instant;

/**
 * A syslog line cut into its header and message: {@code host} is null in logs that carry none (Dovecot's own
 * log_path), {@code pid} is -1 when the program gave none. {@code bytes} are the whole line's, the message starting at
 * {@code messageAt}, for the loops that read the message's first characters one by one (cheaper on bytes); they are
 * valid only while the line is decoded.
 */
public record SyslogLine(Instant time, String host, String program, int pid, String message, LineBytes bytes,
                         int messageAt) {
}
