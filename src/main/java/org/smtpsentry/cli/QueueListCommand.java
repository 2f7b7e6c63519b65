package org.smtpsentry.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.smtpsentry.queue.Listing;
import org.smtpsentry.queue.MailQueue;
import org.smtpsentry.queue.SelectedMessage;
import org.smtpsentry.queue.Selector;
import org.smtpsentry.text.JsonWriter;
import org.smtpsentry.text.Numbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code queue list}: the selected messages, oldest first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List queued messages (filters combine).")
final class QueueListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    QueueOptions queue;
    @Mixin
    SelectionOptions selection;
    @Mixin
    DebugOption debug;

    @Option(names = "--json", description = "Print JSON (every selected message).")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "Print at most N messages in the table (default 1000).")
    int limit = 1000;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MailQueue q = queue.open();
        Instant now = Instant.now();
        List<SelectedMessage> selected = Selector.select(q, selection.selection(), now);
        if (json) {
            Listing.json(new JsonWriter(out), q, selected);
            return 0;
        }
        out.println(q.description() + ": " + Numbers.count(selected.size()) + " messages ("
                + selection.describe() + ")");
        if (!selected.isEmpty()) {
            out.print(Listing.table(selected, now, limit));
            if (selected.size() > limit) {
                out.println("  ... and " + Numbers.count(selected.size() - limit) + " more (--limit, --json)");
            }
        }
        out.flush();
        return 0;
    }
}
