package org.smtpsentry.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.smtpsentry.UserError;
import org.smtpsentry.queue.MailQueue;
import org.smtpsentry.queue.QuarantineArchive;
import org.smtpsentry.queue.Restore;
import org.smtpsentry.text.Numbers;
import org.smtpsentry.text.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code queue restore ARCHIVE [ID...]}: put quarantined messages back with their original envelope. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Put messages of a quarantine archive back into the queue, with their original envelope.")
final class QueueRestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    QueueOptions queue;
    @Mixin
    DebugOption debug;

    @Parameters(index = "0", paramLabel = "ARCHIVE", description = "The .zip a purge wrote.")
    Path archivePath;

    @Parameters(index = "1..*", paramLabel = "ID", description = "Only these messages (default: all of them).")
    List<String> ids = new ArrayList<>();

    @Option(names = {"-y", "--yes"}, description = "Do it (without it: print what would be restored).")
    boolean yes;

    @Option(names = "--list", description = "Only list the archive's messages.")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (QuarantineArchive archive = QuarantineArchive.open(archivePath)) {
            List<QuarantineArchive.Item> chosen = choose(archive);
            out.println(archivePath + ": " + Numbers.count(archive.items().size()) + " messages (" + archive.queueKind()
                    + ", " + archive.selection() + "); " + Numbers.count(chosen.size()) + " chosen");
            Table t = new Table("ID", "SENDER", "RECIPIENTS", "LOGIN", "SUBJECT");
            chosen.stream().limit(list ? Long.MAX_VALUE : 10).forEach(i -> t.row(i.envelope().id(),
                    i.envelope().sender().address(), i.envelope().recipients().size(), i.envelope().login(),
                    i.envelope().subject()));
            out.print(t.render("  "));
            if (list || chosen.isEmpty()) {
                out.flush();
                return 0;
            }
            List<QuarantineArchive.Item> skipped = chosen.stream().filter(i -> archive.notPurged(i.envelope().id()))
                    .toList();
            if (!skipped.isEmpty()) {
                out.println("skipped, the purge did not remove them (still queued or delivered then): "
                        + ChangeOptions.sample(skipped.stream().map(i -> i.envelope().id()).toList()));
                chosen = chosen.stream().filter(i -> !archive.notPurged(i.envelope().id())).toList();
            }
            MailQueue q = queue.open();
            if (!Confirmation.given(yes, "restore " + chosen.size() + " messages into the " + q.description(), out)) {
                return 0;
            }
            Restore.Result result = Restore.run(q, archive, chosen);
            out.println("restored: " + Numbers.count(result.restored().size()) + " messages");
            result.failures().forEach(f -> out.println("not restored: " + f.id() + ": " + f.reason()));
            out.flush();
            return result.failures().isEmpty() ? 0 : 1;
        }
    }

    private List<QuarantineArchive.Item> choose(QuarantineArchive archive) {
        if (ids.isEmpty()) {
            return archive.items();
        }
        Set<String> wanted = new HashSet<>(ids);
        List<QuarantineArchive.Item> chosen = archive.items().stream()
                .filter(i -> wanted.remove(i.envelope().id().value())).toList();
        if (!wanted.isEmpty()) {
            throw new UserError(archivePath + ": no message " + String.join(", ", wanted)
                    + " in this archive (see queue restore --list); nothing restored");
        }
        return chosen;
    }
}
