package org.smtpsentry.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.smtpsentry.queue.MailQueue;
import org.smtpsentry.queue.QueueStats;
import org.smtpsentry.queue.Selector;
import org.smtpsentry.queue.StatsReport;
import org.smtpsentry.text.JsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code queue stats}: a flood visible at a glance (per queue, age, sender, login, client, recipient domain). */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count queued messages per queue, age, sender, login, client and recipient domain.")
final class QueueStatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    QueueOptions queue;
    @Mixin
    SelectionOptions selection;
    @Mixin
    DebugOption debug;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--top", paramLabel = "N", description = "Rows per table (default 10).")
    int top = 10;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MailQueue q = queue.open();
        Instant now = Instant.now();
        QueueStats stats = QueueStats.of(Selector.messages(q, selection.selection(), now), now, top);
        if (json) {
            StatsReport.json(new JsonWriter(out), stats, q);
        } else {
            out.print(StatsReport.text(stats, q.description()));
            out.flush();
        }
        return 0;
    }
}
