package org.smtpsentry.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.smtpsentry.event.MailEvent;

/**
 * One input read and decoded on a thread of its own, a few thousand events ahead of the consumer, so that parsing
 * and detection run on two cores at once. Memory stays bounded: at most {@code BATCHES} batches wait.
 */
final class PrefetchedEvents {
    private static final int BATCH = 1024;
    private static final int BATCHES = 8;

    /** A batch of events; the last one is empty, and carries the failure if decoding failed. */
    private record Batch(List<MailEvent> events, RuntimeException failure) {
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread reader;
    private List<MailEvent> current = List.of();
    private int next;
    private boolean done;

    PrefetchedEvents(InputEvents input) {
        this.reader = Thread.ofPlatform().daemon().name("read " + input.name()).start(() -> read(input));
    }

    private void read(InputEvents input) {
        RuntimeException failure = null;
        try {
            boolean more = true;
            while (more) {
                List<MailEvent> batch = new ArrayList<>(BATCH + 16);
                more = input.fill(batch, BATCH);
                if (!batch.isEmpty()) {
                    queue.put(new Batch(batch, null));
                }
            }
        } catch (InterruptedException e) {
            return; // the consumer gave up
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            queue.put(new Batch(List.of(), failure));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next event, or null at the end of the input. */
    MailEvent next() {
        while (next == current.size()) {
            if (done) {
                return null;
            }
            Batch b;
            try {
                b = queue.take();
            } catch (InterruptedException e) {
                reader.interrupt();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading logs", e);
            }
            if (b.failure() != null) {
                throw b.failure();
            }
            done = b.events().isEmpty();
            current = b.events();
            next = 0;
        }
        return current.get(next++);
    }
}
