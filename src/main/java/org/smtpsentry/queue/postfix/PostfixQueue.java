package org.smtpsentry.queue.postfix;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.smtpsentry.UserError;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.exec.ProgramRun;
import org.smtpsentry.exec.Programs;
import org.smtpsentry.queue.ActionOutcome;
import org.smtpsentry.queue.Headers;
import org.smtpsentry.queue.ArchivedMessage;
import org.smtpsentry.queue.MailQueue;
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
        try {
            List<QueueEntry> entries = new ArrayList<>();
            QueueListing.folders(queueDir).forEach(folder -> entries.addAll(folder.entries()));
            return entries;
        } catch (AccessDeniedException e) {
            return PostqueueJson.entries(this, listWithPostqueue());
        }
    }

    /** The queue files listed and read in batches by one reader per CPU: see {@link QueueReading}. */
    @Override
    public Stream<QueueEntry.Read> readAll(QueueEntry.Depth depth) {
        QueueReading reading;
        try {
            reading = new QueueReading(queueDir, QueueListing.queues(queueDir));
        } catch (AccessDeniedException e) {
            return QueueEntry.readAll(PostqueueJson.entries(this, listWithPostqueue()), depth);
        }
        int readers = ForkJoinPool.getCommonPoolParallelism() + 1; // the caller reads too
        return IntStream.range(0, readers).parallel().boxed().mapMulti(
                (Integer reader, Consumer<QueueEntry.Read> read) -> reading.read(depth, read));
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

    static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
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
        Mailbox[] rcpts = new Mailbox[q.recipients().size()];
        for (int i = 0; i < rcpts.length; i++) {
            rcpts[i] = Mailbox.of(q.recipients().get(i));
        }
        // List.of: immutable already, so the record keeps it without another copy
        return new QueuedMessage(id, queue, q.arrival(), q.size(), Mailbox.of(q.sender()), List.of(rcpts), login,
                client, localUser, q.text().length == 0 ? "" : Headers.value(q.text(), "Subject"), "");
    }
}
