package org.smtpsentry.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.smtpsentry.queue.MailQueue;
import org.smtpsentry.queue.SelectedMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code queue release}: Release the selected messages from hold (Postfix postsuper -H, Exim thaw). */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Release the selected messages from hold (Postfix postsuper -H, Exim thaw).")
final class QueueReleaseCommand implements Callable<Integer> {
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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MailQueue q = queue.open();
        List<SelectedMessage> selected = change.select(q, selection.selection(), selection.describe(), Instant.now(),
                out);
        List<SelectedMessage> toRelease = selected.stream().filter(s -> ChangeOptions.held(s.message())).toList();
        if (toRelease.size() < selected.size()) {
            out.println((selected.size() - toRelease.size()) + " of them not on hold; nothing to do for those");
        }
        if (toRelease.isEmpty() || !Confirmation.given(change.yes, "release " + toRelease.size() + " messages", out)) {
            return 0;
        }
        ChangeOptions.report(out, "released", q.release(toRelease.stream().map(s -> s.message().id()).toList()));
        return 0;
    }
}
