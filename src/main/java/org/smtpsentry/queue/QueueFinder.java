package org.smtpsentry.queue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.smtpsentry.UserError;
import org.smtpsentry.exec.Programs;
import org.smtpsentry.queue.directory.DirectoryQueue;
import org.smtpsentry.queue.exim.EximQueue;
import org.smtpsentry.queue.postfix.PostfixQueue;

/**
 * Finds the queue to work on: the kind given with --mta, else told by the folder given with --queue-dir (Postfix's
 * deferred/ and active/, Exim's input/, else a folder of message files), else by the MTA installed here.
 */
public final class QueueFinder {
    private QueueFinder() {
    }

    /** Any argument may be null (not given). */
    public static MailQueue open(QueueKind kind, Path queueDir, Path configDir) {
        return open(kind, queueDir, configDir, null, null);
    }

    /** The same, with the Exim program and its configuration file named (--exim, --exim-config): an Exim queue. */
    public static MailQueue open(QueueKind kind, Path queueDir, Path configDir, String exim, Path eximConfig) {
        boolean eximNamed = exim != null || eximConfig != null;
        QueueKind k = kind != null ? kind : eximNamed ? QueueKind.EXIM : detect(queueDir, configDir);
        if (eximNamed && k != QueueKind.EXIM) {
            throw new UserError("--exim and --exim-config are for an Exim queue, not --mta "
                    + k.name().toLowerCase(java.util.Locale.ROOT) + "; nothing done");
        }
        return switch (k) {
            case POSTFIX -> PostfixQueue.open(configDir, queueDir);
            case EXIM -> EximQueue.open(queueDir, exim, eximConfig);
            case DIRECTORY -> {
                if (queueDir == null) {
                    throw new UserError("--mta directory needs the queue folder: add --queue-dir (e.g. "
                            + "/opt/icewarp/mail/_outgoing); nothing done");
                }
                yield new DirectoryQueue(queueDir);
            }
        };
    }

    static QueueKind detect(Path queueDir, Path configDir) {
        if (configDir != null) {
            return QueueKind.POSTFIX;
        }
        if (queueDir != null) {
            if (!Files.isDirectory(queueDir)) {
                throw new UserError(queueDir + ": no such folder; give the queue folder with --queue-dir; nothing done");
            }
            if (Files.isDirectory(queueDir.resolve("deferred")) && Files.isDirectory(queueDir.resolve("active"))) {
                return QueueKind.POSTFIX;
            }
            if (Files.isDirectory(queueDir.resolve("input")) || queueDir.getFileName().toString().equals("input")) {
                return QueueKind.EXIM;
            }
            return QueueKind.DIRECTORY;
        }
        if (Programs.find("postqueue").isPresent() && Files.isRegularFile(Path.of("/etc/postfix/main.cf"))) {
            return QueueKind.POSTFIX;
        }
        if (Programs.find("exim4").isPresent() || Programs.find("exim").isPresent()) {
            return QueueKind.EXIM;
        }
        throw new UserError("no Postfix or Exim found here; give the queue with --mta and --queue-dir "
                + "(--mta directory --queue-dir /opt/icewarp/mail/_outgoing); nothing done");
    }
}
