package org.smtpsentry.report;

import java.io.Writer;
import java.util.List;
import org.smtpsentry.event.AuthFailure;
import org.smtpsentry.event.AuthSuccess;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.DeliveryStatus;
import org.smtpsentry.event.LocalSubmission;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.MailFrom;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.TlsStarted;
import org.smtpsentry.event.WeakPassword;
import org.smtpsentry.event.trail.AccountStory;
import org.smtpsentry.event.trail.MessageStory;
import org.smtpsentry.logs.SessionTranscript;
import org.smtpsentry.text.JsonWriter;

/** The trace as JSON, schema "smtpsentry.trace/1" (docs/trace.md documents every field). */
public final class TraceJson {
    public static final String SCHEMA = "smtpsentry.trace/1";

    private final boolean session;
    private final boolean showSecrets;

    public TraceJson(boolean session, boolean showSecrets) {
        this.session = session;
        this.showSecrets = showSecrets;
    }

    public void print(MessageTrace trace, Writer out) {
        JsonWriter j = new JsonWriter(out);
        j.beginObject().field("schema", SCHEMA).field("query", trace.query()).field("lines", trace.lines());
        switch (trace) {
            case MessageTrace.Messages m -> {
                j.field("kind", "message");
                j.name("messages").beginArray();
                for (MessageTrace.Traced t : m.found()) {
                    message(j, t);
                }
                j.endArray();
            }
            case MessageTrace.Account a -> account(j, a);
        }
        j.field("notUnderstood", trace.notUnderstood().total());
        j.endObject();
        j.finish();
    }

    private void message(JsonWriter j, MessageTrace.Traced traced) {
        MessageStory s = traced.story();
        j.beginObject().field("queueId", s.queueId().value()).field("messageId", s.messageId());
        MessageAccepted arrival = s.arrival();
        LocalSubmission local = s.localSubmission();
        j.name("cameIn").beginObject();
        if (arrival != null) {
            TlsStarted tls = s.tls();
            WeakPassword weak = s.weakPassword();
            j.field("how", "smtp").field("time", arrival.time())
                    .field("session", s.sessionId() == null ? null : s.sessionId().value())
                    .field("clientIp", s.clientIp()).field("helo", s.helo()).field("tls", tls != null)
                    .field("tlsDetails", tls == null || tls.details().isEmpty() ? null : tls.details())
                    .field("authMechanism", s.mechanism()).field("login", s.login())
                    .field("weakPassword", weak == null ? null : weak.weakness());
        } else if (local != null) {
            j.field("how", "local").field("time", local.time()).field("user", local.user())
                    .field("uid", local.uid());
        } else {
            j.field("how", "unknown");
        }
        j.endObject();
        MailFrom envelope = s.envelope();
        j.field("mailFrom", envelope == null ? null : envelope.sender().address())
                .field("senderMatchesLogin", traced.senderMatch().json())
                .field("size", envelope == null ? -1 : envelope.size());
        j.name("recipients").beginArray();
        for (Mailbox r : s.recipients()) {
            j.value(r.address());
        }
        j.endArray();
        j.name("deliveries").beginArray();
        for (DeliveryAttempt d : s.deliveries()) {
            j.beginObject().field("time", d.time()).field("recipient", d.recipient().address())
                    .field("status", status(d.status())).field("relay", d.relay()).field("dsn", d.dsn())
                    .field("response", d.response()).field("line", d.origin().place()).endObject();
        }
        j.endArray();
        MessageStory.Whereabouts w = s.whereabouts();
        j.name("now").beginObject().field("state", w.state().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-')).field("delivered", w.delivered()).field("deferred", w.deferred())
                .field("bounced", w.bounced()).field("lastAttempt", w.lastAttempt()).endObject();
        if (session) {
            SessionTranscript t = traced.transcript();
            j.name("sessionLines").beginArray();
            for (SessionTranscript.Line line : t == null ? List.<SessionTranscript.Line>of() : t.lines()) {
                j.beginObject().field("line", line.place()).field("text", showSecrets ? line.text()
                        : Secrets.mask(line.text())).field("note", line.note()).endObject();
            }
            j.endArray();
            j.field("sessionLinesOmitted", t == null ? 0 : t.omitted());
            j.name("sessionCaveats").beginArray();
            for (String caveat : t == null ? List.<String>of() : t.caveats()) {
                j.value(caveat);
            }
            j.endArray();
        }
        j.endObject();
    }

    private static void account(JsonWriter j, MessageTrace.Account a) {
        AccountStory story = a.story();
        j.field("kind", "account");
        j.name("auth").beginArray();
        for (MailEvent e : story.logins()) {
            switch (e) {
                case AuthSuccess s -> j.beginObject().field("time", s.time()).field("result", "ok")
                        .field("session", s.session() == null ? null : s.session().value())
                        .field("clientIp", s.clientIp()).field("mechanism", s.mechanism()).endObject();
                case AuthFailure f -> j.beginObject().field("time", f.time()).field("result", "failed")
                        .field("session", f.session() == null ? null : f.session().value())
                        .field("clientIp", f.clientIp()).field("mechanism", f.mechanism())
                        .field("reason", f.reason()).endObject();
                case WeakPassword w -> j.beginObject().field("time", w.time()).field("result", "weak-password")
                        .field("session", w.session() == null ? null : w.session().value())
                        .field("clientIp", w.clientIp()).field("reason", w.weakness()).endObject();
                default -> { }
            }
        }
        j.endArray();
        j.name("messages").beginArray();
        for (MessageTrace.Sent sent : a.messages()) {
            AccountStory.SentMessage m = sent.message();
            MessageAccepted arrival = m.arrival();
            j.beginObject().field("time", arrival.time()).field("queueId", arrival.queueId().value())
                    .field("messageId", m.messageId())
                    .field("session", arrival.session() == null ? null : arrival.session().value())
                    .field("clientIp", arrival.clientIp())
                    .field("mailFrom", m.envelope() == null ? null : m.envelope().sender().address())
                    .field("senderMatchesLogin", sent.senderMatch().json())
                    .field("delivered", m.count(DeliveryStatus.SENT)).field("deferred", m.count(DeliveryStatus.DEFERRED))
                    .field("bounced", m.count(DeliveryStatus.BOUNCED) + m.count(DeliveryStatus.EXPIRED)).endObject();
        }
        j.endArray();
    }

    private static String status(DeliveryStatus s) {
        return s.name().toLowerCase(java.util.Locale.ROOT);
    }
}
