package org.smtpsentry.logs;

import java.util.function.Supplier;
import org.smtpsentry.event.LinesBefore;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.logs.LogPieces.Piece;

/**
 * The pieces of one input, decoded ahead of the consumer and handed to it in order. A thread of its own reads and
 * decodes them, a few pieces ahead; when the next one is not ready, the consumer reads and decodes one itself
 * instead of waiting. So both cores decode while the detection keeps up, and the events the consumer decoded are in
 * its own core's cache when it takes them (passing events between cores costs as much as a fifth of the run).
 * <p>
 * Pieces decoded out of order, each thread with a decoder of its own, are right only when every line is read on its
 * own ({@link LineDecoder#independentLines()}); what a line tells about later ones is then carried in order by the
 * format's {@link InOrder} step, after this. A format whose lines carry more (a header that names the columns) is
 * decoded by one decoder, in order, on the thread of its own.
 * <p>
 * Memory stays bounded: at most {@link #AHEAD} pieces are read and not yet handed out. One thread at a time reads a
 * piece (and decompresses it), so pieces are numbered in the order read; it lets go of the lock meanwhile, so that the
 * other thread hands out and decodes what is there instead of waiting for the read (a 1M-line log: the consumer
 * waited 25-30 ms for the lock).
 */
final class DecodedPieces {
    private static final int AHEAD = 8;

    /**
     * What one piece decoded to: its events, its lines not understood (null when none), how many lines it held, and
     * whether from it on the events pass the format's in-order step ({@link EventSink#passInOrder()}).
     */
    record Decoded(Piece piece, LinesBefore before, MailEvent[] events, NotUnderstood notUnderstood, int lines,
                   boolean passInOrder) {
    }

    /** Decodes one piece with the decoder given. */
    interface Decoding {
        Decoded decode(Piece piece, LineDecoder decoder);
    }

    /** A piece to decode, with the decoder to use. */
    private record Job(Piece piece, LineDecoder decoder) {
    }

    /** What a thread is to do when it should read the next piece of the input instead of decoding one. */
    private static final Job READ = new Job(null, null);

    private final LogPieces pieces;
    private final Supplier<LineDecoder> decoders;
    private final Decoding decoding;
    /** The consumer's own decoder, made when it first decodes a piece. */
    private LineDecoder consumers;

    // Guarded by this.
    private final Piece[] held = new Piece[AHEAD];
    private final Decoded[] done = new Decoded[AHEAD];
    private int read;
    /** A thread is reading the next piece, without the lock. */
    private boolean reading;
    /** The next piece read to give a decoder. */
    private int nextToDecode;
    private int handedOut;
    private boolean ended;
    /** The one decoder that reads every piece, in order, or null when pieces are read in parallel. */
    private final LineDecoder inOrder;
    /** What failed reading the piece after the last one read, thrown once every piece read was handed out. */
    private Throwable readFailure;
    /** What failed decoding piece {@link #failedPiece} on the thread of its own, thrown when that piece is next. */
    private Throwable failure;
    private int failedPiece;

    /** Starts decoding {@code pieces}, of which {@code first} was read already (to tell the input's format). */
    DecodedPieces(String name, LogPieces pieces, Piece first, Supplier<LineDecoder> decoders, Decoding decoding) {
        this.pieces = pieces;
        this.decoders = decoders;
        this.decoding = decoding;
        LineDecoder threads = decoders.get();
        inOrder = threads.independentLines() ? null : threads;
        if (first == null) {
            ended = true;
        } else {
            held[0] = first;
            read = 1;
        }
        Thread.ofPlatform().daemon().name("read " + name).start(() -> work(threads));
    }

    /** The next piece decoded, in order, or null after the last. */
    Decoded next() {
        while (true) {
            Job job;
            synchronized (this) {
                job = null;
                while (job == null) {
                    if (failedPiece == handedOut) {
                        throwIfAny(failure);
                    }
                    Decoded d = done[handedOut % AHEAD];
                    if (d != null) {
                        done[handedOut % AHEAD] = null;
                        held[handedOut % AHEAD] = null;
                        handedOut++;
                        notifyAll();
                        return d;
                    } else if (ended && handedOut >= read) {
                        throwIfAny(readFailure);
                        return null;
                    } else if (inOrder == null && nextToDecode < read) {
                        if (consumers == null) {
                            consumers = decoders.get();
                        }
                        job = new Job(held[nextToDecode++ % AHEAD], consumers);
                    } else if (inOrder == null && canRead()) {
                        job = startReading();
                    } else {
                        waitForNews();
                    }
                }
            }
            if (job == READ) {
                readPiece();
            } else {
                finish(job, decoding.decode(job.piece(), job.decoder()));
            }
        }
    }

    /** Throws {@code t}, an error or an unchecked exception (the only kinds kept), unless it is null. */
    private static void throwIfAny(Throwable t) {
        if (t instanceof Error error) {
            throw error;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
    }

    /** The thread of its own: decodes pieces until there are none left for it. */
    private void work(LineDecoder own) {
        try {
            for (Job job = take(own); job != null; job = take(own)) {
                if (job == READ) {
                    readPiece();
                    continue;
                }
                try {
                    finish(job, decoding.decode(job.piece(), job.decoder()));
                } catch (RuntimeException | Error e) { // a bug, or out of memory: the consumer must not wait for ever
                    fail(job, e);
                }
            }
        } catch (InterruptedException e) {
            // the consumer gave up
        }
    }

    private synchronized void fail(Job job, Throwable e) {
        if (failure == null) {
            failure = e;
            failedPiece = job.piece().number();
            notifyAll();
        }
    }

    private synchronized Job take(LineDecoder own) throws InterruptedException {
        while (true) {
            if (nextToDecode < read) {
                return new Job(held[nextToDecode++ % AHEAD], inOrder != null ? inOrder : own);
            } else if (canRead()) {
                return startReading();
            } else if (ended && (inOrder != null || handedOut >= read)) {
                return null; // nothing left to decode, nor to decode again
            } else {
                wait();
            }
        }
    }

    /** Whether the next piece may be read now: there is room for it, and no other thread is reading. */
    private boolean canRead() {
        return !ended && !reading && read - handedOut < AHEAD;
    }

    private Job startReading() {
        reading = true;
        return READ;
    }

    /**
     * Reads the next piece of the input, without the lock, and holds it until handed out. A bug or running out of
     * memory while reading ends the input there and is thrown to the consumer when it reaches that piece.
     */
    private void readPiece() {
        Piece p;
        try {
            p = pieces.next();
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                readFailure = e;
                ended = true;
                reading = false;
                notifyAll();
            }
            return;
        }
        synchronized (this) {
            if (p == null) {
                ended = true;
            } else {
                held[p.number() % AHEAD] = p;
                read++;
            }
            reading = false;
            notifyAll();
        }
    }

    private synchronized void finish(Job job, Decoded decoded) {
        done[job.piece().number() % AHEAD] = decoded;
        notifyAll();
    }

    private void waitForNews() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading logs", e);
        }
    }
}
