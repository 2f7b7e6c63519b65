package org.smtpsentry.queue;

import java.util.List;
import org.smtpsentry.text.JsonWriter;
import org.smtpsentry.text.Numbers;
import org.smtpsentry.text.Table;

/** {@link QueueStats} printed: a few small tables, or JSON. */
public final class StatsReport {
    private StatsReport() {
    }

    public static String text(QueueStats s, String where) {
        StringBuilder b = new StringBuilder();
        b.append(where).append(": ").append(Numbers.count(s.messages())).append(" messages, ")
                .append(Numbers.count(s.recipients())).append(" recipients, ")
                .append(Numbers.count(s.bytes() / 1024)).append(" KB\n");
        section(b, "by queue", "QUEUE", s.byQueue(), s.messages());
        section(b, "by age", "AGE", s.byAge(), s.messages());
        section(b, "top senders", "SENDER", s.bySender(), s.messages());
        section(b, "top logins", "LOGIN", s.byLogin(), s.messages());
        section(b, "top clients", "CLIENT", s.byClient(), s.messages());
        section(b, "top recipient domains", "DOMAIN", s.byRecipientDomain(), s.messages());
        return b.toString();
    }

    public static void json(JsonWriter json, QueueStats s, MailQueue queue) {
        json.beginObject()
                .field("queue", queue.description())
                .field("kind", queue.kind().label())
                .field("messages", s.messages())
                .field("recipients", s.recipients())
                .field("bytes", s.bytes());
        counts(json, "byQueue", s.byQueue());
        counts(json, "byAge", s.byAge());
        counts(json, "bySender", s.bySender());
        counts(json, "byLogin", s.byLogin());
        counts(json, "byClient", s.byClient());
        counts(json, "byRecipientDomain", s.byRecipientDomain());
        json.endObject().finish();
    }

    private static void section(StringBuilder b, String title, String column, List<QueueStats.Count> counts,
                                long total) {
        if (counts.isEmpty()) {
            return;
        }
        Table t = new Table(column, "MESSAGES", "SHARE");
        counts.forEach(c -> t.row(c.key(), Numbers.count(c.messages()), Numbers.percent(c.messages(), total)));
        b.append('\n').append(title).append(":\n").append(t.render("  "));
    }

    private static void counts(JsonWriter json, String name, List<QueueStats.Count> counts) {
        json.name(name).beginArray();
        counts.forEach(c -> json.beginObject().field("key", c.key()).field("messages", c.messages()).endObject());
        json.endArray();
    }
}
