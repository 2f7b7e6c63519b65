package org.smtpsentry.queue.postfix;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.smtpsentry.UserError;
import org.smtpsentry.queue.QueueEntry;

/**
 * The folders of a queue listed and read by several readers at once. A reader reads a batch of files when there is
 * one, else lists a folder (which gives batches to read and sub-folders to list), else waits for the listing another
 * reader is doing. So the listing (~0.6 us a name) overlaps the reading instead of coming first, and every reader
 * works to the end: none is handed a share up front that a slower one would still be working through.
 */
final class QueueReading {
    /** How long a reader with nothing to do sleeps before it looks again: short beside a batch (~5 ms). */
    private static final long WAIT_NANOS = 100_000;
    private final Path queueDir;
    private final Queue<QueueListing.Folder> toList = new ConcurrentLinkedQueue<>();
    private final Queue<QueueFolder.Batch> toRead = new ConcurrentLinkedQueue<>();
    /** Folders queued or being listed: when none is left and no batch either, all is read. */
    private final AtomicInteger listing = new AtomicInteger();

    QueueReading(Path queueDir, List<QueueListing.Folder> queues) {
        this.queueDir = queueDir;
        listing.set(queues.size());
        toList.addAll(queues);
    }

    /** One reader's work: each message it reads is given to {@code into}. */
    void read(QueueEntry.Depth depth, Consumer<QueueEntry.Read> into) {
        while (true) {
            QueueFolder.Batch batch = toRead.poll();
            if (batch != null) {
                batch.read(depth, into);
                continue;
            }
            QueueListing.Folder folder = toList.poll();
            if (folder != null) {
                list(folder);
            } else if (listing.get() == 0) {
                return;
            } else {
                // another reader is listing a folder (a flat one of 100,000 files takes ~0.1 s): its batches come next
                LockSupport.parkNanos(WAIT_NANOS);
            }
        }
    }

    private void list(QueueListing.Folder folder) {
        try {
            QueueListing.Listed listed;
            try {
                listed = QueueListing.list(queueDir, folder);
            } catch (UncheckedIOException e) { // not readable, though the queue's own folder was
                throw new UserError(folder.dir() + ": permission denied; run as root or as the postfix user; nothing"
                        + " done", e.getCause());
            }
            // the sub-folders are counted before this folder is done: the count falls to 0 only when all are listed
            listing.addAndGet(listed.subfolders().size());
            toList.addAll(listed.subfolders());
            if (listed.files() != null) {
                toRead.addAll(listed.files().batches());
            }
        } finally {
            listing.decrementAndGet(); // also when listing failed: the other readers must not wait for it forever
        }
    }
}
