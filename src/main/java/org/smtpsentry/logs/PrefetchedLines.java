package org.smtpsentry.logs;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The lines of one input, read on a thread of their own a few thousand ahead of the decoder: finding line ends and
 * making strings is a good part of decoding, and so it runs beside the rest (decoding and detection have a core
 * each). Memory stays bounded: at most {@code BATCHES} batches wait. A read error reaches the decoder after the lines
 * read before it, as if it had been met in place.
 */
final class PrefetchedLines {
    private static final int BATCH = 1024;
    private static final int BATCHES = 8;

    /** Lines and whether each was cut; the last batch has {@code end} set and the error that ended reading, if one. */
    private record Batch(String[] lines, boolean[] cut, int count, IOException failure, boolean end) {
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
    private final LineReader reader;
    private final Thread thread;
    private Batch current = new Batch(new String[0], new boolean[0], 0, null, false);
    private int next;
    private boolean lastWasCut;

    PrefetchedLines(LineReader reader, String name) {
        this.reader = reader;
        this.thread = Thread.ofPlatform().daemon().name("lines of " + name).start(this::read);
    }

    private void read() {
        boolean end = false;
        while (!end) {
            String[] lines = new String[BATCH];
            boolean[] cut = new boolean[BATCH];
            int count = 0;
            IOException failure = null;
            try {
                while (count < BATCH) {
                    String line = reader.next();
                    if (line == null) {
                        end = true;
                        break;
                    }
                    cut[count] = reader.lastWasCut();
                    lines[count++] = line;
                }
            } catch (IOException e) {
                failure = e;
                end = true;
            } catch (UncheckedIOException e) {
                failure = e.getCause();
                end = true;
            }
            try {
                queue.put(new Batch(lines, cut, count, failure, end));
            } catch (InterruptedException e) {
                return; // the decoder gave up
            }
        }
    }

    /** The next line, or null at the end of the input; a read error is thrown once, after the lines before it. */
    String next() throws IOException {
        while (next == current.count()) {
            if (current.end()) {
                IOException failure = current.failure();
                current = new Batch(current.lines(), current.cut(), current.count(), null, true);
                if (failure != null) {
                    throw failure;
                }
                return null;
            }
            try {
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                thread.interrupt();
                throw new InterruptedIOException("interrupted while reading lines");
            }
            next = 0;
        }
        lastWasCut = current.cut()[next];
        return current.lines()[next++];
    }

    /** Whether the line last returned was longer than the limit and was cut. */
    boolean lastWasCut() {
        return lastWasCut;
    }

    /** Stops reading ahead (the decoder stopped early) and closes the input. */
    void close() throws IOException {
        thread.interrupt();
        reader.close();
    }
}
