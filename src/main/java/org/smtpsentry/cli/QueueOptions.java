package org.smtpsentry.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.smtpsentry.queue.MailQueue;
import org.smtpsentry.queue.QueueFinder;
import org.smtpsentry.queue.QueueKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** Which queue: --mta, --queue-dir, for Postfix -c/--config-dir, for Exim --exim/--exim-config (a private instance). */
final class QueueOptions {
    @Option(names = "--mta", paramLabel = "KIND", converter = KindConverter.class,
            description = "postfix, exim or directory (default: told by --queue-dir, else the MTA installed here).")
    QueueKind kind;

    @Option(names = "--queue-dir", paramLabel = "DIR",
            description = "Postfix queue_directory, Exim spool directory, or a folder of message files "
                    + "(e.g. /opt/icewarp/mail/_outgoing).")
    Path queueDir;

    @Option(names = {"-c", "--config-dir"}, paramLabel = "DIR",
            description = "Postfix configuration directory, as postqueue -c (default /etc/postfix).")
    Path configDir;

    @Option(names = "--exim", paramLabel = "PROGRAM",
            description = "The Exim program to run (default: exim4, else exim, in the system directories).")
    String exim;

    @Option(names = "--exim-config", paramLabel = "FILE",
            description = "Exim configuration file, given to every Exim run as -C FILE (default: Exim's own); "
                    + "without --queue-dir its spool_directory is the queue.")
    Path eximConfig;

    MailQueue open() {
        return QueueFinder.open(kind, queueDir, configDir, exim, eximConfig);
    }

    static final class KindConverter implements ITypeConverter<QueueKind> {
        @Override
        public QueueKind convert(String value) {
            try {
                return QueueKind.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "\"" + value + "\" is not a queue kind (postfix, exim, directory)");
            }
        }
    }
}
