package org.smtpsentry.queue.postfix;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.util.List;
import java.util.Optional;
import org.smtpsentry.UserError;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.queue.MessageContent;
import org.smtpsentry.queue.QueueEntry;

/**
 * A queue file: read when asked. Postfix may move it meanwhile (deferred to active and back, or to hold): it is then
 * looked for in the other queues; it is "gone" only when it is in none (delivered or removed).
 *
 * @param folder  the folder it was listed in: a queue, or one of its hash sub-folders
 * @param name    its name, the queue id
 */
record QueueFileEntry(Path queueDir, Path folder, String name, String queue) implements QueueEntry {
    @Override
    public QueueId id() {
        return new QueueId(name);
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
        try {
            return Optional.of(loaded(QueueFileReader.read(file(), keep), keep));
        } catch (NoSuchFileException e) {
            return moved().flatMap(entry -> entry.read(keep));
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** As {@link QueueEntry#load(Depth)}, the file opened through a handle on its folder. */
    Optional<Loaded> read(SecureDirectoryStream<Path> opened, Depth depth) {
        QueueFile.Text keep = switch (depth) {
            case ENVELOPE -> QueueFile.Text.NONE;
            case HEADERS -> QueueFile.Text.HEADERS;
            case WHOLE -> QueueFile.Text.WHOLE;
        };
        try {
            return Optional.of(loaded(QueueFileReader.read(opened, name, keep), keep));
        } catch (NoSuchFileException e) {
            return moved().flatMap(entry -> entry.read(keep));
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private Loaded loaded(QueueFile q, QueueFile.Text keep) {
        return new Loaded(PostfixQueue.message(id(), queue, q),
                keep == QueueFile.Text.WHOLE ? new MessageContent(q.text()) : null);
    }

    private UserError unreadable(IOException e) {
        if (e instanceof AccessDeniedException) {
            return new UserError(file() + ": permission denied; run as root or as the postfix user; nothing done", e);
        }
        return new UserError(file() + ": cannot read: " + e.getMessage() + "; nothing done", e);
    }

    private Path file() {
        return folder.resolve(name);
    }

    /** Where the file went: the same id in another queue, hashed by its first characters (hash_queue_depth). */
    private Optional<QueueFileEntry> moved() {
        for (String other : PostfixQueue.QUEUES) {
            Path dir = queueDir.resolve(other);
            for (Path candidate : List.of(dir, dir.resolve(name.substring(0, 1)),
                    dir.resolve(name.substring(0, 1)).resolve(name.substring(1, 2)))) {
                if (!candidate.equals(folder) && Files.isRegularFile(candidate.resolve(name))) {
                    return Optional.of(new QueueFileEntry(queueDir, candidate, name, other));
                }
            }
        }
        return Optional.empty();
    }
}
