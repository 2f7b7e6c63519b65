package org.smtpsentry.cli;

import java.util.concurrent.Callable;
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
        return change.holdOrRelease(queue.open(), selection, true, spec.commandLine().getOut());
    }
}
