package org.smtpsentry.event;

import java.time.Instant;

/**
 * One fact from any source (a log line, a policy request, a packet capture), in MTA-neutral terms.
 * Everything downstream of the parsers knows these events, never a log format.
 * <p>
 * The rules and observers that see every event test its type with {@code instanceof}, not with a switch over its
 * type: under the quick JIT (C1) such a switch calls through a method handle, about 100 instructions an event per
 * switch (bench/README.md).
 */
public sealed interface MailEvent permits Connect, AuthFailure, AuthSuccess, AuthAbort, MessageAccepted, MailFrom,
        Rcpt, MessageIdentified, DeliveryAttempt, MessageRemoved, Reject, Disconnect, LocalSubmission, Helo, TlsStarted,
        WeakPassword {

    /** When it happened (event time: detection never reads the wall clock). */
    Instant time();

    Origin origin();
}
