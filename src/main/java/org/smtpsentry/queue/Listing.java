package org.smtpsentry.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.text.JsonWriter;
import org.smtpsentry.text.Numbers;
import org.smtpsentry.text.Table;

/** Queued messages printed for the operator: a table, or the documented JSON. */
public final class Listing {
    private Listing() {
    }

    /** Up to {@code limit} messages as a table. */
    public static String table(List<SelectedMessage> selected, Instant now, int limit) {
        Table t = new Table("ID", "QUEUE", "AGE", "SIZE", "SENDER", "RECIPIENTS", "LOGIN", "CLIENT", "SUBJECT");
        for (SelectedMessage s : selected.subList(0, Math.min(limit, selected.size()))) {
            QueuedMessage m = s.message();
            t.row(m.id(), m.queue(), Ages.of(Duration.between(m.arrival(), now)), Numbers.count(m.size()),
                    m.sender().isNullSender() ? "<>" : m.sender().address(), recipients(m.recipients()),
                    m.login(), m.client().isEmpty() && !m.localUser().isEmpty() ? "uid " + m.localUser() : m.client(),
                    cut(m.subject(), 40));
        }
        return t.render("  ");
    }

    /** {"queue": ..., "count": N, "messages": [...]} with every selected message. */
    public static void json(JsonWriter json, MailQueue queue, List<SelectedMessage> selected) {
        json.beginObject()
                .field("queue", queue.description())
                .field("kind", queue.kind().label())
                .field("count", selected.size())
                .name("messages").beginArray();
        for (SelectedMessage s : selected) {
            message(json, s.message(), s.reasons());
        }
        json.endArray().endObject().finish();
    }

    /** One message as a JSON object (also used by show). */
    public static void message(JsonWriter json, QueuedMessage m, List<String> reasons) {
        json.beginObject()
                .field("id", m.id().value())
                .field("queue", m.queue())
                .field("arrival", m.arrival())
                .field("size", m.size())
                .field("sender", m.sender().address())
                .name("recipients").beginArray();
        m.recipients().forEach(r -> json.value(r.address()));
        json.endArray()
                .field("login", m.login())
                .field("client", m.client())
                .field("localUser", m.localUser())
                .field("subject", m.subject())
                .field("reason", m.reason())
                .name("selectedBecause").beginArray();
        reasons.forEach(json::value);
        json.endArray().endObject();
    }

    private static String recipients(List<Mailbox> rcpts) {
        if (rcpts.isEmpty()) {
            return "";
        }
        return rcpts.get(0).address() + (rcpts.size() > 1 ? " +" + (rcpts.size() - 1) : "");
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
