package org.smtpsentry.event;

import java.time.Instant;

/**
 * One fact from any source (a log line, a policy request, a packet capture), in MTA-neutral terms.
 * Everything downstream of the parsers knows these events, never a log format.
 */
public sealed interface MailEvent permits Connect, AuthFailure, AuthSuccess, AuthAbort, MessageAccepted, MailFrom,
        Rcpt, MessageIdentified, DeliveryAttempt, MessageRemoved, Reject, Disconnect, LocalSubmission, Helo, TlsStarted,
        WeakPassword {

    /** When it happened (event time: detection never reads the wall clock). */
    Instant time();

    Origin origin();
}
