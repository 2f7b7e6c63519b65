package org.smtpsentry.queue.directory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.smtpsentry.UserError;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.queue.Headers;
import org.smtpsentry.queue.MessageContent;
import org.smtpsentry.queue.QueuedMessage;
import org.smtpsentry.queue.Received;

/**
 * One message file of a directory queue. Its envelope comes from the header lines the MTA wrote for itself, else
 * from the message's own headers: the login from LocalSender: (IceWarp: the local account that submitted it) or the
 * Received header; the sender from Return-Path:, X-Envelope-From:, From:, else LocalSender:; recipients from
 * Recipient:/X-Rcpt-To:/X-Envelope-To: lines, else To:, Cc: and Bcc:; the MTA's MsgID: is shown as the reason line.
 * Arrival is the file's modification time.
 */
record MessageFile(Path root, Path file) implements DirectoryQueue.Located {
    /** Headers are looked for in the first 256 KB; the whole file is read only when its text is needed. */
    private static final int HEAD = 256 * 1024;
    private static final int MAX_RECIPIENTS = 100_000;

    @Override
    public QueueId id() {
        return new QueueId(root.relativize(file).toString().replace('\\', '/'));
    }

    @Override
    public String origin() {
        return id().value();
    }

    @Override
    public Optional<Loaded> load(boolean withContent) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            byte[] bytes;
            if (withContent) {
                bytes = Files.readAllBytes(file);
            } else {
                try (InputStream in = Files.newInputStream(file)) {
                    bytes = in.readNBytes(HEAD);
                }
            }
            QueuedMessage m = message(id(), queueName(), attrs, bytes);
            return Optional.of(new Loaded(m, withContent ? new MessageContent(bytes) : null));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (AccessDeniedException e) {
            throw new UserError(file + ": permission denied; run as root or as the mail server's user; nothing done", e);
        } catch (IOException e) {
            throw new UserError(file + ": cannot read: " + e.getMessage() + "; nothing done", e);
        }
    }

    /** The folder the file sits in: the queue folder's own name, or its sub-folder ("retry", "smtpsentry-hold"). */
    private String queueName() {
        Path rel = root.relativize(file);
        if (rel.getNameCount() > 1) {
            return rel.getName(0).toString().equals(DirectoryQueue.HOLD) ? "hold" : rel.getName(0).toString();
        }
        return root.getFileName() == null ? "queue" : root.getFileName().toString();
    }

    static QueuedMessage message(QueueId id, String queue, BasicFileAttributes attrs, byte[] bytes) {
        String localSender = Headers.value(bytes, "LocalSender");
        String sender = firstNonEmpty(Headers.value(bytes, "Return-Path"), Headers.value(bytes, "X-Envelope-From"),
                Headers.value(bytes, "From"), localSender);
        Set<String> rcpts = new LinkedHashSet<>();
        for (String name : List.of("Recipient", "X-Rcpt-To", "X-Envelope-To")) {
            Headers.values(bytes, name, MAX_RECIPIENTS).forEach(v -> rcpts.addAll(addresses(v)));
        }
        if (rcpts.isEmpty()) {
            for (String name : List.of("To", "Cc", "Bcc")) {
                Headers.values(bytes, name, MAX_RECIPIENTS).forEach(v -> rcpts.addAll(addresses(v)));
            }
        }
        Received received = Received.of(Headers.value(bytes, "Received"));
        String login = firstNonEmpty(address(localSender), received.login());
        String msgId = Headers.value(bytes, "MsgID");
        return new QueuedMessage(id, queue, attrs.lastModifiedTime().toInstant(), attrs.size(),
                Mailbox.of(address(sender)), rcpts.stream().map(Mailbox::of).toList(), login, received.client(),
                received.localUser(), Headers.value(bytes, "Subject"), msgId.isEmpty() ? "" : "MsgID " + msgId);
    }

    /** The addresses of a header value: those in angle brackets, else the comma-separated words with an '@'. */
    static List<String> addresses(String value) {
        List<String> found = new ArrayList<>();
        int lt = value.indexOf('<');
        if (lt >= 0) {
            while (lt >= 0) {
                int gt = value.indexOf('>', lt);
                if (gt < 0) {
                    break;
                }
                String a = value.substring(lt + 1, gt).strip();
                if (!a.isEmpty()) {
                    found.add(a);
                }
                lt = value.indexOf('<', gt);
            }
            return found;
        }
        for (String part : value.split("[,;\\s]+")) {
            if (part.indexOf('@') > 0) {
                found.add(part.strip());
            }
        }
        return found;
    }

    /** One address out of a header value ("Name <a@b>" gives "a@b"). */
    static String address(String value) {
        List<String> a = addresses(value);
        if (a.isEmpty()) {
            return value.indexOf('<') >= 0 ? "" : value.strip(); // "<>" is the null sender
        }
        return a.get(0);
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }
}
