package org.smtpsentry.event.trail;

import org.smtpsentry.event.AuthAbort;
import org.smtpsentry.event.AuthFailure;
import org.smtpsentry.event.AuthSuccess;
import org.smtpsentry.event.Connect;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.Disconnect;
import org.smtpsentry.event.Helo;
import org.smtpsentry.event.LocalSubmission;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.MailFrom;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.MessageIdentified;
import org.smtpsentry.event.MessageRemoved;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.event.Rcpt;
import org.smtpsentry.event.Reject;
import org.smtpsentry.event.SessionId;
import org.smtpsentry.event.TlsStarted;
import org.smtpsentry.event.WeakPassword;

/** The session and the message an event belongs to, where it names them (null where it does not). */
final class EventKeys {
    private EventKeys() {
    }

    static SessionId session(MailEvent event) {
        return switch (event) {
            case Connect c -> c.session();
            case AuthFailure f -> f.session();
            case AuthSuccess s -> s.session();
            case AuthAbort a -> a.session();
            case MessageAccepted a -> a.session();
            case Rcpt r -> r.session();
            case Reject r -> r.session();
            case Disconnect d -> d.session();
            case Helo h -> h.session();
            case TlsStarted t -> t.session();
            case WeakPassword w -> w.session();
            case MailFrom f -> null;
            case MessageIdentified i -> null;
            case DeliveryAttempt d -> null;
            case MessageRemoved r -> null;
            case LocalSubmission l -> null;
        };
    }

    static QueueId queue(MailEvent event) {
        return switch (event) {
            case MessageAccepted a -> a.queueId();
            case Rcpt r -> r.queueId();
            case Reject r -> r.queueId();
            case MailFrom f -> f.queueId();
            case MessageIdentified i -> i.queueId();
            case DeliveryAttempt d -> d.queueId();
            case MessageRemoved r -> r.queueId();
            case LocalSubmission l -> l.queueId();
            case Connect c -> null;
            case AuthFailure f -> null;
            case AuthSuccess s -> null;
            case AuthAbort a -> null;
            case Disconnect d -> null;
            case Helo h -> null;
            case TlsStarted t -> null;
            case WeakPassword w -> null;
        };
    }
}
