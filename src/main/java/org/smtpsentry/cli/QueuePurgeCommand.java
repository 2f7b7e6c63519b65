package org.smtpsentry.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.smtpsentry.queue.MailQueue;
import org.smtpsentry.queue.Purge;
import org.smtpsentry.queue.SelectedMessage;
import org.smtpsentry.text.Numbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code queue purge}: copy the selected messages into a quarantine archive, then delete them from the queue. */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = "Delete the selected messages, each first copied into a quarantine archive "
                + "(restore them with queue restore).")
final class QueuePurgeCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;
    @Mixin
    QueueOptions queue;
    @Mixin
    SelectionOptions selection;
    @Mixin
    ChangeOptions change;
    @Mixin
    DebugOption debug;

    @Option(names = "--quarantine-dir", paramLabel = "DIR",
            description = "Where the archive goes (default /var/lib/smtpsentry/quarantine).")
    Path quarantineDir = Path.of("/var/lib/smtpsentry/quarantine");

    @Option(names = "--no-quarantine", description = "Delete without keeping a copy (the messages are lost).")
    boolean noQuarantine;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MailQueue q = queue.open();
        Instant now = Instant.now();
        List<SelectedMessage> selected = change.select(q, selection.selection(), selection.describe(), now, out);
        String what = noQuarantine ? "delete " + selected.size() + " messages WITHOUT quarantine"
                : "purge " + selected.size() + " messages";
        if (selected.isEmpty() || !Confirmation.given(change.yes, what, out)) {
            return 0;
        }
        Path archive = noQuarantine ? null : quarantineDir.resolve("purge-" + STAMP.format(now) + "-"
                + ProcessHandle.current().pid() + ".zip");
        Purge.Result result = Purge.run(q, selected, archive, selection.describe(), now);
        if (archive != null) {
            out.println("quarantined: " + Numbers.count(result.archived()) + " messages in " + archive);
        }
        if (!result.goneBefore().isEmpty()) {
            out.println("gone before they could be archived (delivered or removed, nothing to do): "
                    + Numbers.count(result.goneBefore().size()) + " " + ChangeOptions.sample(result.goneBefore()));
        }
        ChangeOptions.report(out, "deleted", result.deletion());
        if (archive != null) {
            out.println("restore with: smtpsentry queue restore " + archive + " [ID...]");
        }
        out.flush();
        return 0;
    }
}
