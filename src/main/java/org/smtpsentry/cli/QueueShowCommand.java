package org.smtpsentry.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.smtpsentry.UserError;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.queue.Listing;
import org.smtpsentry.queue.MailQueue;
import org.smtpsentry.queue.QueueEntry;
import org.smtpsentry.queue.QueuedMessage;
import org.smtpsentry.text.JsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code queue show ID}: one message's envelope and its text. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one queued message: envelope and text.")
final class QueueShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    QueueOptions queue;
    @Mixin
    DebugOption debug;

    @Parameters(index = "0", paramLabel = "ID", description = "The queue id (a directory queue: the file's path).")
    String id;

    @Option(names = "--json", description = "Print JSON (envelope, and the text as \"text\").")
    boolean json;

    @Option(names = "--headers-only", description = "Print the headers, not the body.")
    boolean headersOnly;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MailQueue q = queue.open();
        QueueEntry entry = q.entry(new QueueId(id)).orElseThrow(() -> new UserError(id + ": not in the "
                + q.description() + " (delivered or removed meanwhile?); see queue list"));
        QueueEntry.Loaded loaded = entry.load(true).orElseThrow(() -> new UserError(id
                + ": gone from the queue meanwhile (delivered or removed)"));
        QueuedMessage m = loaded.message();
        String text = loaded.content() == null ? "" : new String(loaded.content().bytes(), StandardCharsets.UTF_8);
        if (headersOnly) {
            int end = text.indexOf("\n\n");
            text = end < 0 ? text : text.substring(0, end + 1);
        }
        if (json) {
            JsonWriter w = new JsonWriter(out);
            w.beginObject().field("queue", q.description()).name("message");
            Listing.message(w, m, List.of());
            w.field("text", text).endObject().finish();
            return 0;
        }
        out.println("id:         " + m.id());
        out.println("queue:      " + m.queue());
        out.println("arrival:    " + m.arrival());
        out.println("size:       " + m.size());
        out.println("sender:     " + m.sender());
        out.println("recipients: " + String.join(", ", m.recipients().stream().map(r -> r.address()).toList()));
        out.println("login:      " + m.login());
        out.println("client:     " + m.client());
        if (!m.localUser().isEmpty()) {
            out.println("local user: " + m.localUser());
        }
        if (!m.reason().isEmpty()) {
            out.println("reason:     " + m.reason());
        }
        out.println();
        out.print(text);
        out.flush();
        return 0;
    }
}
