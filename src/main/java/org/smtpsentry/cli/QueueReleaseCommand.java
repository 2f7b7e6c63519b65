package org.smtpsentry.cli;

import java.util.concurrent.Callable;
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
        return change.holdOrRelease(queue.open(), selection, false, spec.commandLine().getOut());
    }
}
