package org.smtpsentry.event;

import java.time.Instant;

/**
 * One fact from any source (a log line, a policy request, a packet capture), in MTA-neutral terms.
 * Everything downstream of the parsers knows these events, never a log format.
 * <p>
 * The code that runs for every event stays clear of what compiles to {@code invokedynamic}: a switch over the event's
 * type (rules and observers test it with {@code instanceof}), a lambda or method reference (a map's
 * {@code computeIfAbsent}, {@code merge}), a record's generated {@code equals} and {@code hashCode} (a map key), and
 * long division, which C1 leaves to a runtime call. Under the quick JIT (C1), which one-shot runs use alone, each
 * {@code invokedynamic} calls through a chain of method handles: about 100 instructions a time (bench/README.md).
 */
public sealed interface MailEvent permits Connect, AuthFailure, AuthSuccess, AuthAbort, MessageAccepted, MailFrom,
        Rcpt, MessageIdentified, DeliveryAttempt, MessageRemoved, Reject, Disconnect, LocalSubmission, Helo, TlsStarted,
        WeakPassword {

    /** When it happened (event time: detection never reads the wall clock). */
    Instant time();

    Origin origin();
}
