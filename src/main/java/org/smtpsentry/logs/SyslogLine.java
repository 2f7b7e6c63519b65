package org.smtpsentry.logs;

import java.time.Instant;

/**
 * A syslog line cut into its header and message: {@code host} is null in logs that carry none (Dovecot's own
 * log_path), {@code pid} is -1 when the program gave none. The message starts at byte {@code messageAt} of
 * {@link #bytes()}, the whole line's: the busiest readers (Postfix's) take it from there, and {@link #message()} makes
 * it a string only for the others. It is valid only while the line is decoded: its reader sets the same one anew for
 * every line (a million lines made a million of them, a tenth of what a run allocated).
 */
public final class SyslogLine {
    private Instant time;
    private String host;
    private String program;
    /** Where the pid's digits are in the line, between "[" and "]"; -1 when there are none. Read when first asked. */
    private int pidFrom;
    private int pidTo;
    private int pid;
    private boolean pidRead;
    private LineBytes bytes;
    private int messageAt;
    private String message;

    SyslogLine set(Instant time, String host, String program, int pidFrom, int pidTo, LineBytes bytes,
                   int messageAt) {
        this.time = time;
        this.host = host;
        this.program = program;
        this.pidFrom = pidFrom;
        this.pidTo = pidTo;
        this.pidRead = false;
        this.bytes = bytes;
        this.messageAt = messageAt;
        this.message = null;
        return this;
    }

    public Instant time() {
        return time;
    }

    public String host() {
        return host;
    }

    public String program() {
        return program;
    }

    /** The pid in "program[pid]:", or -1 when there is none (or it is not a number). */
    public int pid() {
        if (!pidRead) {
            pid = pidFrom < 0 ? -1 : Decimals.parse(bytes.bytes(), pidFrom, pidTo);
            pidRead = true;
        }
        return pid;
    }

    public LineBytes bytes() {
        return bytes;
    }

    /** Where the message starts in {@link #bytes()}. */
    public int messageAt() {
        return messageAt;
    }

    /** The message, decoded on first use. */
    public String message() {
        String m = message;
        if (m == null) {
            m = messageAt < bytes.to() ? bytes.text(messageAt, bytes.to()) : "";
            message = m;
        }
        return m;
    }
}
