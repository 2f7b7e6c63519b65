package org.smtpsentry.queue.postfix;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.DirectoryStream;
import java.nio.file.NotDirectoryException;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smtpsentry.UserError;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.exec.ProgramRun;
import org.smtpsentry.exec.Programs;
import org.smtpsentry.queue.ActionOutcome;
import org.smtpsentry.queue.Headers;
import org.smtpsentry.queue.ArchivedMessage;
import org.smtpsentry.queue.MailQueue;
import org.smtpsentry.queue.MessageContent;
import org.smtpsentry.queue.QueueEntry;
import org.smtpsentry.queue.QueueKind;
import org.smtpsentry.queue.QueuedMessage;
import org.smtpsentry.queue.Received;

/**
 * A Postfix queue. Messages are read from the queue files directly (much faster than one postcat per message, and
 * read-only: Postfix may deliver or move a file meanwhile, which reads as "gone"); when the files are not readable
 * (not root, not postfix) the listing comes from {@code postqueue -j} and has no login, client or subject.
 * Every change goes through Postfix's own {@code postsuper}; restores through {@code sendmail}.
 */
public final class PostfixQueue implements MailQueue {
    /** The queues a message waits in; maildrop holds files pickup has not taken in yet. */
    static final List<String> QUEUES = List.of("incoming", "active", "deferred", "hold");
    /** Hash sub-folder levels looked into (Postfix's hash_queue_depth is at most 2 in practice). */
    private static final int MAX_HASH_DEPTH = 2;
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final Path configDir;
    private final Path queueDir;

    PostfixQueue(Path configDir, Path queueDir) {
        this.configDir = configDir;
        this.queueDir = queueDir;
    }

    /**
     * The queue of the Postfix whose configuration is in {@code configDir} (null: the default, /etc/postfix); its
     * queue directory is {@code queueDir} when given, else what postconf says.
     */
    public static PostfixQueue open(Path configDir, Path queueDir) {
        if (queueDir != null) {
            return new PostfixQueue(configDir, queueDir);
        }
        List<String> argv = new ArrayList<>(List.of("postconf"));
        if (configDir != null) {
            argv.addAll(List.of("-c", configDir.toString()));
        }
        argv.addAll(List.of("-xh", "queue_directory"));
        ProgramRun run = Programs.run(argv, Duration.ofSeconds(30));
        if (!run.succeeded() || run.stdoutText().isBlank()) {
            throw new UserError("postconf: cannot tell the queue directory (" + firstLine(run.stderrText())
                    + "); give it with --queue-dir or the configuration with --config-dir; nothing done");
        }
        return new PostfixQueue(configDir, Path.of(run.stdoutText().strip()));
    }

    @Override
    public String description() {
        return "Postfix queue " + queueDir + (configDir == null ? "" : " (config " + configDir + ")");
    }

    @Override
    public QueueKind kind() {
        return QueueKind.POSTFIX;
    }

    @Override
    public List<QueueEntry> entries() {
        List<QueueEntry> entries = new ArrayList<>();
        for (String queue : QUEUES) {
            Path dir = queueDir.resolve(queue);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try {
                list(dir, queue, 0, entries);
            } catch (AccessDeniedException e) {
                return PostqueueJson.entries(this, listWithPostqueue());
            } catch (IOException e) {
                throw new UserError(dir + ": cannot read the queue: " + e.getMessage() + "; nothing done", e);
            }
        }
        return entries;
    }

    /**
     * The queue files under {@code dir}, told by their names alone (no stat per file: on 100,000 messages that is
     * 100,000 system calls saved): the one-character names are the hash_queue_depth sub-folders, queue ids the files.
     */
    private void list(Path dir, String queue, int depth, List<QueueEntry> into) throws IOException {
        try (DirectoryStream<Path> names = Files.newDirectoryStream(dir)) {
            for (Path p : names) {
                String name = p.getFileName().toString();
                if (name.length() == 1 && depth < MAX_HASH_DEPTH) {
                    try {
                        list(p, queue, depth + 1, into);
                    } catch (NoSuchFileException | NotDirectoryException e) {
                        // not a hash sub-folder after all, or removed meanwhile: nothing queued there
                    }
                } else if (isQueueId(name) && (!queue.equals("incoming") || ready(p))) {
                    into.add(new FileEntry(queueDir, p, queue));
                }
            }
        }
    }

    /** A Postfix queue id: short (hexadecimal) or long (enable_long_queue_ids) form, letters and digits only. */
    static boolean isQueueId(String name) {
        int n = name.length();
        if (n < 6 || n > 32) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Optional<QueueEntry> entry(QueueId id) {
        if (!isQueueId(id.value())) {
            return Optional.empty();
        }
        for (QueueEntry e : entries()) {
            if (e.id().equals(id)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    @Override
    public ActionOutcome hold(List<QueueId> ids) {
        return Postsuper.run(this, Postsuper.Action.HOLD, ids);
    }

    @Override
    public ActionOutcome release(List<QueueId> ids) {
        return Postsuper.run(this, Postsuper.Action.RELEASE, ids);
    }

    @Override
    public ActionOutcome delete(List<QueueId> ids) {
        return Postsuper.run(this, Postsuper.Action.DELETE, ids);
    }

    @Override
    public void reinject(ArchivedMessage message) {
        List<String> argv = Sendmail.argv(configDir, message.envelope());
        ProgramRun run = Programs.run(argv, message.content(), Duration.ofMinutes(2));
        if (!run.succeeded()) {
            throw new UserError("sendmail refused " + message.envelope().id() + " (exit " + run.exitStatus() + "): "
                    + firstLine(run.stderrText() + run.stdoutText()) + "; it stays in the archive");
        }
    }

    /** The program and its -c option, for postqueue and postsuper. */
    List<String> command(String program) {
        List<String> argv = new ArrayList<>(List.of(program));
        if (configDir != null) {
            argv.addAll(List.of("-c", configDir.toString()));
        }
        return argv;
    }

    static Duration timeout() {
        return TIMEOUT;
    }

    private String listWithPostqueue() {
        List<String> argv = command("postqueue");
        argv.add("-j");
        ProgramRun run = Programs.run(argv, TIMEOUT);
        if (!run.succeeded()) {
            throw new UserError("postqueue -j: " + firstLine(run.stderrText()) + " (and the queue files in "
                    + queueDir + " are not readable by this user); run as root or as postfix; nothing done");
        }
        return run.stdoutText();
    }

    /** A file in incoming is complete once cleanup has set its owner-execute bit. */
    private static boolean ready(Path p) {
        try {
            return Files.getPosixFilePermissions(p).contains(PosixFilePermission.OWNER_EXECUTE);
        } catch (IOException e) {
            return false;
        }
    }

    static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    /**
     * A queue file: read when asked. Postfix may move it meanwhile (deferred to active and back, or to hold): it is
     * then looked for in the other queues; it is "gone" only when it is in none (delivered or removed).
     */
    private record FileEntry(Path queueDir, Path file, String queue) implements QueueEntry {
        @Override
        public QueueId id() {
            return new QueueId(file.getFileName().toString());
        }

        @Override
        public Optional<Loaded> load(boolean withContent) {
            return read(withContent ? QueueFile.Text.WHOLE : QueueFile.Text.HEADERS);
        }

        @Override
        public Optional<Loaded> loadEnvelope() {
            return read(QueueFile.Text.NONE);
        }

        private Optional<Loaded> read(QueueFile.Text keep) {
            QueueFile q;
            try {
                q = QueueFileReader.read(file, keep);
            } catch (NoSuchFileException e) {
                return moved().flatMap(entry -> entry.read(keep));
            } catch (AccessDeniedException e) {
                throw new UserError(file + ": permission denied; run as root or as the postfix user; nothing done", e);
            } catch (IOException e) {
                throw new UserError(file + ": cannot read: " + e.getMessage() + "; nothing done", e);
            }
            return Optional.of(new Loaded(message(id(), queue, q),
                    keep == QueueFile.Text.WHOLE ? new MessageContent(q.text()) : null));
        }

        /** Where the file went: the same id in another queue, hashed by its first characters (hash_queue_depth). */
        private Optional<FileEntry> moved() {
            String id = file.getFileName().toString();
            for (String other : QUEUES) {
                Path dir = queueDir.resolve(other);
                for (Path candidate : List.of(dir.resolve(id), dir.resolve(id.substring(0, 1)).resolve(id),
                        dir.resolve(id.substring(0, 1)).resolve(id.substring(1, 2)).resolve(id))) {
                    if (!candidate.equals(file) && Files.isRegularFile(candidate)) {
                        return Optional.of(new FileEntry(queueDir, candidate, other));
                    }
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The message as the queue file tells it: login and client from the named attributes that smtpd recorded (an
     * authenticated message always has sasl_username); the Received header is read only when there is no client
     * (a local submission: "from userid N").
     */
    static QueuedMessage message(QueueId id, String queue, QueueFile q) {
        String login = q.attribute("sasl_username");
        String client = q.attribute("client_address");
        if (client.isEmpty()) {
            client = q.attribute("log_client_address");
        }
        String localUser = "";
        if (client.isEmpty()) {
            Received received = Received.of(Headers.value(q.text(), "Received"));
            login = login.isEmpty() ? received.login() : login;
            client = client.isEmpty() ? received.client() : client;
            localUser = client.isEmpty() ? received.localUser() : "";
        }
        List<Mailbox> rcpts = new ArrayList<>(q.recipients().size());
        for (String r : q.recipients()) {
            rcpts.add(Mailbox.of(r));
        }
        return new QueuedMessage(id, queue, q.arrival(), q.size(), Mailbox.of(q.sender()), rcpts, login, client,
                localUser, q.text().length == 0 ? "" : Headers.value(q.text(), "Subject"), "");
    }
}
