package org.smtpsentry.queue.postfix;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smtpsentry.UserError;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.queue.QueueEntry;
import org.smtpsentry.queue.QueuedMessage;

/**
 * The listing of {@code postqueue -j}: one JSON object per line with queue_name, queue_id, arrival_time,
 * message_size, sender and recipients (address, delay_reason). Used when the queue files are not readable: it has
 * no login, client or headers, and the message text cannot be read.
 */
final class PostqueueJson {
    /** A line longer than this is not a postqueue record. */
    private static final int MAX_LINE = 16 << 20;

    private PostqueueJson() {
    }

    static List<QueueEntry> entries(PostfixQueue queue, String output) {
        List<QueueEntry> entries = new ArrayList<>();
        for (QueuedMessage m : parse(output)) {
            entries.add(new Listed(m, queue.description()));
        }
        return entries;
    }

    static List<QueuedMessage> parse(String output) {
        List<QueuedMessage> messages = new ArrayList<>();
        int lineNo = 0;
        for (String line : output.split("\n")) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            if (line.length() > MAX_LINE) {
                throw new UserError("postqueue -j, line " + lineNo + ": longer than " + MAX_LINE + " characters; "
                        + "not understood; nothing done");
            }
            try {
                messages.add(message(JsonParser.parseString(line).getAsJsonObject()));
            } catch (JsonParseException | IllegalStateException | UnsupportedOperationException
                     | NumberFormatException e) {
                throw new UserError("postqueue -j, line " + lineNo + ": not understood (" + e.getMessage()
                        + "); nothing done", e);
            }
        }
        return messages;
    }

    private static QueuedMessage message(JsonObject o) {
        List<Mailbox> rcpts = new ArrayList<>();
        String reason = "";
        JsonElement list = o.get("recipients");
        if (list != null && list.isJsonArray()) {
            for (JsonElement r : list.getAsJsonArray()) {
                JsonObject rcpt = r.getAsJsonObject();
                rcpts.add(Mailbox.of(text(rcpt, "address")));
                if (reason.isEmpty()) {
                    reason = text(rcpt, "delay_reason");
                }
            }
        }
        return new QueuedMessage(new QueueId(text(o, "queue_id")), text(o, "queue_name"),
                Instant.ofEpochSecond(number(o, "arrival_time")), number(o, "message_size"),
                Mailbox.of(text(o, "sender")), rcpts, "", "", "", "", reason);
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }

    private static long number(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? 0 : e.getAsLong();
    }

    /** A message known only from the listing: its text cannot be read without access to the queue files. */
    private record Listed(QueuedMessage message, String where) implements QueueEntry {
        @Override
        public QueueId id() {
            return message.id();
        }

        @Override
        public Optional<Loaded> load(boolean withContent) {
            if (withContent) {
                throw new UserError(where + ": the queue files are not readable by this user, so message text, "
                        + "login, client and subject are unknown; run as root or as postfix; nothing done");
            }
            return Optional.of(new Loaded(message, null, true));
        }
    }
}
