package org.smtpsentry.queue.exim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.smtpsentry.UserError;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.exec.ProgramRun;
import org.smtpsentry.exec.Programs;
import org.smtpsentry.queue.ActionOutcome;
import org.smtpsentry.queue.ArchivedMessage;
import org.smtpsentry.queue.MailQueue;
import org.smtpsentry.queue.MessageContent;
import org.smtpsentry.queue.QueueEntry;
import org.smtpsentry.queue.QueueKind;
import org.smtpsentry.queue.QueuedMessage;
import org.smtpsentry.queue.Received;

/**
 * An Exim queue: read from the spool files (input/ID-H and input/ID-D, also in split_spool_directory's
 * sub-folders), changed only through Exim itself ({@code -Mf}, {@code -Mt}, {@code -Mrm}), restored with
 * {@code exim -i -f SENDER -- RCPT...}.
 */
public final class EximQueue implements MailQueue {
    private static final long MAX_HEADER_FILE = 64L << 20;
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final int MAX_MSGLOG_TAIL = 64 << 10;

    private final Path input;
    /** The program and its leading arguments ("exim4", or "/opt/exim/bin/exim -C /etc/exim.conf"). */
    private final List<String> exim;

    EximQueue(Path input, List<String> exim) {
        this.input = input;
        this.exim = exim;
    }

    /** The queue under {@code spoolDir} (the spool directory or its input/ folder); null asks Exim for it. */
    public static EximQueue open(Path spoolDir) {
        return open(spoolDir, null, null);
    }

    /**
     * The same with Exim named: {@code binary} (null: exim4 or exim on the PATH) and {@code config}, a configuration
     * file other than the compiled-in one (null: none), given to every Exim run as {@code -C FILE}.
     */
    public static EximQueue open(Path spoolDir, String binary, Path config) {
        if (binary != null && Programs.find(binary).isEmpty()) {
            throw new UserError(binary + ": no such Exim program (or not executable); give its path with --exim; "
                    + "nothing done");
        }
        List<String> exim = new ArrayList<>();
        exim.add(binary != null ? binary : Programs.find("exim4").isPresent() ? "exim4" : "exim");
        if (config != null) {
            if (!Files.isRegularFile(config)) {
                throw new UserError(config + ": no such Exim configuration file; give it with --exim-config; "
                        + "nothing done");
            }
            exim.addAll(List.of("-C", config.toAbsolutePath().toString()));
        }
        Path spool = spoolDir;
        if (spool == null) {
            List<String> argv = new ArrayList<>(exim);
            argv.addAll(List.of("-bP", "spool_directory"));
            ProgramRun run = Programs.run(argv, Duration.ofSeconds(30));
            String out = run.stdoutText().strip();
            int eq = out.indexOf('=');
            if (!run.succeeded() || eq < 0) {
                throw new UserError(String.join(" ", exim) + " -bP spool_directory: "
                        + (out + run.stderrText()).strip()
                        + "; give the spool directory with --queue-dir; nothing done");
            }
            spool = Path.of(out.substring(eq + 1).strip());
        }
        Path input = spool.getFileName() != null && spool.getFileName().toString().equals("input")
                ? spool : spool.resolve("input");
        if (!Files.isDirectory(input)) {
            throw new UserError(input + ": no Exim spool input folder there; give the spool directory (holding "
                    + "input/) with --queue-dir; nothing done");
        }
        return new EximQueue(input, exim);
    }

    @Override
    public String description() {
        return "Exim spool " + input;
    }

    @Override
    public QueueKind kind() {
        return QueueKind.EXIM;
    }

    @Override
    public List<QueueEntry> entries() {
        try (Stream<Path> files = Files.walk(input, 2)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-H"))
                    .<QueueEntry>map(h -> new SpoolEntry(h, msglog(h))).toList();
        } catch (AccessDeniedException e) {
            throw denied(e);
        } catch (IOException | java.io.UncheckedIOException e) {
            if (e.getCause() instanceof AccessDeniedException denied) {
                throw denied(denied);
            }
            throw new UserError(input + ": cannot read the spool: " + e.getMessage() + "; nothing done", e);
        }
    }

    @Override
    public Optional<QueueEntry> entry(QueueId id) {
        return entries().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    @Override
    public ActionOutcome hold(List<QueueId> ids) {
        return EximCommands.run(exim, EximCommands.Action.FREEZE, ids, TIMEOUT);
    }

    @Override
    public ActionOutcome release(List<QueueId> ids) {
        return EximCommands.run(exim, EximCommands.Action.THAW, ids, TIMEOUT);
    }

    @Override
    public ActionOutcome delete(List<QueueId> ids) {
        return EximCommands.run(exim, EximCommands.Action.REMOVE, ids, TIMEOUT);
    }

    @Override
    public void reinject(ArchivedMessage message) {
        ProgramRun run = Programs.run(EximCommands.reinjection(exim, message.envelope()), message.content(),
                Duration.ofMinutes(2));
        if (!run.succeeded()) {
            throw new UserError(String.join(" ", exim) + " refused " + message.envelope().id()
                    + " (exit " + run.exitStatus() + "): "
                    + (run.stderrText() + run.stdoutText()).strip().lines().findFirst().orElse("")
                    + "; it stays in the archive");
        }
    }

    private UserError denied(AccessDeniedException e) {
        return new UserError(input + ": permission denied reading the spool; run as root or as Exim's user "
                + "(Debian-exim); nothing done", e);
    }

    /** The message as the spool tells it. */
    static QueuedMessage message(QueueId id, SpoolHeader h, long size, String deferral) {
        MessageContent headers = new MessageContent(h.headers());
        Received received = Received.of(headers.header("Received"));
        String protocol = h.option("received_protocol") != null ? h.option("received_protocol") : "";
        // A real Exim 4.96 writes no -local line for root's submissions; "local", "local-smtp"... say it as well
        boolean local = h.option("local") != null
                || protocol.startsWith("local") && h.option("host_address") == null;
        // and for a local submission without -f it sets auth_id to the caller's Unix login: not a SASL login
        boolean smtpAuth = !local || protocol.endsWith("a");
        String login = !smtpAuth ? "" : h.option("auth_id") != null ? h.option("auth_id") : received.login();
        String client = h.option("host_address") != null ? withoutPort(h.option("host_address")) : received.client();
        String localUser = local ? h.user() : "";
        boolean frozen = h.option("frozen") != null;
        List<Mailbox> rcpts = h.recipients().stream().map(Mailbox::of).toList();
        return new QueuedMessage(id, frozen ? "frozen" : "input", h.arrival(), size, Mailbox.of(h.sender()), rcpts,
                login, client, localUser, headers.header("Subject"), frozen ? "frozen" : deferral);
    }

    /** Exim 4.94 and later write the client as "[address]:port", older ones "address.port" for IPv4 and IPv6 alike. */
    static String withoutPort(String hostAddress) {
        if (hostAddress.startsWith("[")) {
            int close = hostAddress.indexOf(']');
            return close < 0 ? hostAddress.strip() : hostAddress.substring(1, close);
        }
        int dot = hostAddress.lastIndexOf('.');
        boolean v6 = hostAddress.indexOf(':') >= 0;
        int dots = (int) hostAddress.chars().filter(c -> c == '.').count();
        if (dot < 0 || (!v6 && dots < 4)) {
            return hostAddress.strip();
        }
        return hostAddress.substring(0, dot).strip();
    }

    /** The message log beside input/: spool/msglog/ID, or spool/msglog/X/ID with split_spool_directory. */
    private Path msglog(Path header) {
        String name = header.getFileName().toString();
        Path spool = input.getParent() != null ? input.getParent() : input;
        return spool.resolve("msglog").resolve(input.relativize(header.getParent()))
                .resolve(name.substring(0, name.length() - 2));
    }

    /**
     * Why the message waits: what follows "defer" on the last deferral line of its message log, as in
     * "2026-11-23 14:05:05 bob@far.test R=dnslookup T=remote_smtp defer (111): Connection refused"; "" when there
     * is none (not tried yet, or no log). Only the log's last 64 KB are read.
     */
    static String deferral(Path msglog) {
        try (SeekableByteChannel ch = Files.newByteChannel(msglog)) {
            long from = Math.max(0, ch.size() - MAX_MSGLOG_TAIL);
            ByteBuffer tailBytes = ByteBuffer.allocate((int) (ch.size() - from));
            ch.position(from);
            int read;
            do {
                read = ch.read(tailBytes);
            } while (read > 0 && tailBytes.hasRemaining());
            String tail = new String(tailBytes.array(), 0, tailBytes.position(), StandardCharsets.UTF_8);
            String reason = "";
            for (String line : tail.split("\n")) {
                int defer = line.indexOf(" defer ");
                if (defer >= 0) {
                    reason = line.substring(defer + 7).strip();
                }
            }
            return reason;
        } catch (IOException e) {
            return "";
        }
    }

    /** One spool message: ID-H and, beside it, ID-D whose first line is "ID-D"; its message log. */
    private record SpoolEntry(Path header, Path msglog) implements QueueEntry {
        @Override
        public QueueId id() {
            String name = header.getFileName().toString();
            return new QueueId(name.substring(0, name.length() - 2));
        }

        @Override
        public Optional<Loaded> load(boolean withContent) {
            Path data = header.resolveSibling(id().value() + "-D");
            try {
                if (Files.size(header) > MAX_HEADER_FILE) {
                    throw new UserError(header + ": larger than 64 MB; not an Exim spool header file; nothing done");
                }
                SpoolHeader h = SpoolHeader.parse(Files.readAllBytes(header));
                long bodySize = Math.max(0, Files.size(data) - (id().value().length() + 3));
                QueuedMessage m = message(id(), h, h.headers().length + 1 + bodySize, deferral(msglog));
                if (!withContent) {
                    return Optional.of(new Loaded(m, null));
                }
                byte[] body;
                try (InputStream in = Files.newInputStream(data)) {
                    int c;
                    while ((c = in.read()) >= 0 && c != '\n') {
                        // the first line of the data file is its own name
                    }
                    body = in.readAllBytes();
                }
                byte[] text = new byte[h.headers().length + 1 + body.length];
                System.arraycopy(h.headers(), 0, text, 0, h.headers().length);
                text[h.headers().length] = '\n';
                System.arraycopy(body, 0, text, h.headers().length + 1, body.length);
                return Optional.of(new Loaded(m, new MessageContent(text)));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (AccessDeniedException e) {
                throw new UserError(header + ": permission denied; run as root or as Exim's user; nothing done", e);
            } catch (IOException e) {
                throw new UserError(header + ": cannot read: " + e.getMessage() + "; nothing done", e);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new UserError(header + ": not an Exim spool header file (" + e.getMessage()
                        + "); move it aside or check the spool; nothing done", e);
            }
        }
    }
}
