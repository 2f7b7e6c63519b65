package org.smtpsentry.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code smtpsentry queue}: find, hold, purge and restore messages in Postfix, Exim and directory queues. */
@Command(name = "queue", mixinStandardHelpOptions = true,
        description = "Find, hold, purge (into a quarantine archive) and restore queued messages "
                + "(Postfix, Exim, folders of message files such as IceWarp's _outgoing).",
        subcommands = {QueueListCommand.class, QueueShowCommand.class, QueueStatsCommand.class,
                QueueHoldCommand.class, QueueReleaseCommand.class, QueuePurgeCommand.class,
                QueueRestoreCommand.class})
public final class QueueCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
