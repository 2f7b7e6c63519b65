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

/** {@code queue hold}: Put the selected messages on hold (Postfix hold queue, Exim freeze, a directory queue's smtpsentry-hold folder). */
@Command(name = "hold", mixinStandardHelpOptions = true,
        description = "Put the selected messages on hold (Postfix hold queue, Exim freeze, a directory queue's smtpsentry-hold folder).")
final class QueueHoldCommand implements Callable<Integer> {
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
        List<SelectedMessage> toHold = selected.stream().filter(s -> !ChangeOptions.held(s.message())).toList();
        if (toHold.size() < selected.size()) {
            out.println((selected.size() - toHold.size()) + " of them already on hold; nothing to do for those");
        }
        if (toHold.isEmpty() || !Confirmation.given(change.yes, "hold " + toHold.size() + " messages", out)) {
            return 0;
        }
        ChangeOptions.report(out, "placed on hold", q.hold(toHold.stream().map(s -> s.message().id()).toList()));
        return 0;
    }
}
