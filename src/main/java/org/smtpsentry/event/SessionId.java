package org.smtpsentry.event;

import java.util.Objects;

/**
 * The server process (or session number) an SMTP session runs in, as the log names it: for Postfix the host and the
 * smtpd process ("mx1 postfix/smtpd[4012]"), for Exchange its session-id. A process serves one session at a time;
 * the trail tells sessions of the same process apart by their connect lines.
 */
public record SessionId(String value) {
    public SessionId {
        // The hash is computed (and kept by the string) where ids are made, on a log's reading thread, rather than at
        // their first lookup on the detection thread, the busier one.
        Objects.hashCode(value);
    }

    // equals and hashCode written out, as for QueueId: sessions are looked up on every event of theirs
    @Override
    public boolean equals(Object o) {
        return o instanceof SessionId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
