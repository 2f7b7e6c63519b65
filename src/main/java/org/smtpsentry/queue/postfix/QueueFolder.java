package org.smtpsentry.queue.postfix;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.smtpsentry.UserError;
import org.smtpsentry.queue.QueueEntry;

/**
 * A queue folder (a queue, or one of its hash sub-folders) and the queue files listed in it. Its files are read in
 * batches, each batch through one handle on the folder: a file opened relative to it (openat) spares the kernel the
 * walk down the whole path, per file.
 */
record QueueFolder(Path queueDir, Path dir, String queue, List<String> names) {
    /** Files per batch: enough to make the folder's handle cheap, few enough to share the work among the CPUs. */
    static final int BATCH = 500;

    List<QueueEntry> entries() {
        List<QueueEntry> entries = new ArrayList<>(names.size());
        for (String name : names) {
            entries.add(entry(name));
        }
        return entries;
    }

    QueueFileEntry entry(String name) {
        return new QueueFileEntry(queueDir, dir, name, queue);
    }

    List<Batch> batches() {
        List<Batch> batches = new ArrayList<>();
        for (int from = 0; from < names.size(); from += BATCH) {
            batches.add(new Batch(this, from, Math.min(names.size(), from + BATCH)));
        }
        return batches;
    }

    /** The files {@code names[from, to)} of a folder. */
    record Batch(QueueFolder folder, int from, int to) {
        void read(QueueEntry.Depth depth, Consumer<QueueEntry.Read> into) {
            List<String> names = folder.names().subList(from, to);
            try (DirectoryStream<Path> opened = Files.newDirectoryStream(folder.dir())) {
                if (opened instanceof SecureDirectoryStream<Path> handle) {
                    for (String name : names) {
                        QueueFileEntry entry = folder.entry(name);
                        entry.read(handle, depth).ifPresent(loaded -> into.accept(new QueueEntry.Read(entry, loaded)));
                    }
                    return;
                }
            } catch (NoSuchFileException | NotDirectoryException e) {
                // the folder is gone meanwhile: each file is looked for where it went, below
            } catch (IOException e) {
                throw new UserError(folder.dir() + ": cannot read the queue: " + e.getMessage() + "; nothing done", e);
            }
            for (String name : names) { // no handle on the folder (a system without openat): by path
                QueueFileEntry entry = folder.entry(name);
                entry.load(depth).ifPresent(loaded -> into.accept(new QueueEntry.Read(entry, loaded)));
            }
        }
    }
}
