package org.smtpsentry.queue.directory;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.smtpsentry.UserError;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.queue.ActionOutcome;
import org.smtpsentry.queue.ArchivedMessage;
import org.smtpsentry.queue.MailQueue;
import org.smtpsentry.queue.Purge;
import org.smtpsentry.queue.QueueEntry;
import org.smtpsentry.queue.QueueKind;

/**
 * A queue kept as a folder of message files, one file per message, as IceWarp's mail/_outgoing with its retry/
 * sub-folder. A message's id is its path under the folder ("retry/4A1B.tmp"). Hold moves the file into the
 * sub-folder {@value #HOLD} (which the MTA does not scan), release moves it back; delete removes the file; restore
 * writes it back under its old name, through a hidden temporary name so the MTA never sees half a file.
 */
public final class DirectoryQueue implements MailQueue {
    static final String HOLD = "smtpsentry-hold";
    private static final int DEPTH = 3;

    private final Path dir;

    public DirectoryQueue(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserError(dir + ": not a folder; give the queue folder (e.g. mail/_outgoing) with --queue-dir; "
                    + "nothing done");
        }
        this.dir = dir.toAbsolutePath().normalize();
    }

    @Override
    public String description() {
        return "directory queue " + dir;
    }

    @Override
    public QueueKind kind() {
        return QueueKind.DIRECTORY;
    }

    @Override
    public List<QueueEntry> entries() {
        try (Stream<Path> files = Files.walk(dir, DEPTH)) {
            return files.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile)
                    .<QueueEntry>map(p -> new MessageFile(dir, p)).toList();
        } catch (AccessDeniedException e) {
            throw denied(e.getFile());
        } catch (IOException | java.io.UncheckedIOException e) {
            if (e.getCause() instanceof AccessDeniedException denied) {
                throw denied(denied.getFile());
            }
            throw new UserError(dir + ": cannot read the queue folder: " + e.getMessage() + "; nothing done", e);
        }
    }

    @Override
    public Optional<QueueEntry> entry(QueueId id) {
        Path p = resolve(id);
        return Files.isRegularFile(p) ? Optional.of(new MessageFile(dir, p)) : Optional.empty();
    }

    @Override
    public ActionOutcome hold(List<QueueId> ids) {
        Set<QueueId> done = new HashSet<>();
        for (QueueId id : ids) {
            if (id.value().startsWith(HOLD + "/")) {
                done.add(id); // already held
                continue;
            }
            if (move(resolve(id), dir.resolve(HOLD).resolve(id.value()))) {
                done.add(id);
            }
        }
        return ActionOutcome.of(ids, done);
    }

    @Override
    public ActionOutcome release(List<QueueId> ids) {
        Set<QueueId> done = new HashSet<>();
        for (QueueId id : ids) {
            if (!id.value().startsWith(HOLD + "/")) {
                done.add(id); // not held
                continue;
            }
            if (move(resolve(id), dir.resolve(id.value().substring(HOLD.length() + 1)))) {
                done.add(id);
            }
        }
        return ActionOutcome.of(ids, done);
    }

    @Override
    public ActionOutcome delete(List<QueueId> ids) {
        Set<QueueId> done = new HashSet<>();
        for (QueueId id : ids) {
            try {
                if (Files.deleteIfExists(resolve(id))) {
                    done.add(id);
                }
            } catch (AccessDeniedException e) {
                throw denied(e.getFile());
            } catch (IOException e) {
                throw new UserError(resolve(id) + ": cannot delete: " + e.getMessage() + "; " + done.size()
                        + " messages were deleted before", e);
            }
        }
        return ActionOutcome.of(ids, done);
    }

    /** Writes the message back where it was (its origin, else its id), never over an existing file. */
    @Override
    public void reinject(ArchivedMessage message) {
        String relative = message.origin().isEmpty() ? message.envelope().id().value() : message.origin();
        if (relative.startsWith(HOLD + "/")) {
            relative = relative.substring(HOLD.length() + 1);
        }
        Path target = resolve(new QueueId(relative));
        Path temp = target.resolveSibling("." + target.getFileName() + ".smtpsentry-restore");
        try {
            Files.createDirectories(target.getParent());
            Files.write(temp, message.content());
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            if (Files.size(target) != message.content().length) {
                throw new IOException("size differs after writing");
            }
        } catch (FileAlreadyExistsException e) {
            deleteQuietly(temp);
            throw new UserError(target + " exists already; " + message.envelope().id() + " not restored");
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UserError(target + ": cannot write: " + e.getMessage() + "; " + message.envelope().id()
                    + " not restored", e);
        }
    }

    /** The file of an id, refusing ids that would leave the queue folder. */
    private Path resolve(QueueId id) {
        Path p = dir.resolve(id.value()).normalize();
        if (!p.startsWith(dir) || p.equals(dir)) {
            throw new UserError("\"" + id.value() + "\" is not a message of " + dir + "; nothing done");
        }
        return p;
    }

    /** Moves a message file; false when it is gone. Never overwrites. */
    private boolean move(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.move(from, to);
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (FileAlreadyExistsException e) {
            throw new UserError(to + " exists already; " + from + " left where it is");
        } catch (AccessDeniedException e) {
            throw denied(e.getFile());
        } catch (IOException e) {
            throw new UserError(from + ": cannot move to " + to + ": " + e.getMessage(), e);
        }
    }

    private UserError denied(String file) {
        return new UserError(file + ": permission denied; run as root or as the mail server's user; nothing more done");
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // only a leftover temporary file, hidden by its leading dot
        }
    }

    /** The id of a message file also says where it lives, for restore. */
    interface Located extends QueueEntry, Purge.OriginKnown {
    }
}
