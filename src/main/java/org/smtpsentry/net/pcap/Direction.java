package org.smtpsentry.net.pcap;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * One direction of a TCP connection, put back in sequence order: retransmitted bytes are dropped, early segments
 * wait (copied, up to {@link #MAX_WAITING} bytes) until the bytes before them arrive; when they never do, the gap is
 * skipped and reported to the reader of the stream.
 */
final class Direction {
    static final int MAX_WAITING = 256 * 1024;
    /** A segment this far ahead of the expected sequence number belongs to no sane window: resynchronise. */
    private static final int MAX_AHEAD = 64 << 20;

    private final StreamBytes out;
    private final Runnable onGap;
    private boolean started;
    private int next;
    private boolean finished;
    private final List<Waiting> waiting = new ArrayList<>(0);
    private int waitingBytes;

    private record Waiting(int seq, byte[] bytes, int wireLength) {
    }

    Direction(StreamBytes out, Runnable onGap) {
        this.out = out;
        this.onGap = onGap;
    }

    void synchronize(int initialSequence) {
        if (!started) {
            started = true;
            next = initialSequence + 1;
        }
    }

    boolean started() {
        return started;
    }

    void finish() {
        finished = true;
    }

    boolean finished() {
        return finished;
    }

    /** A segment carrying {@code wireLength} bytes of which the first {@code captured} are in the capture. */
    void segment(int seq, ByteBuffer b, int offset, int captured, int wireLength) {
        if (wireLength <= 0) {
            return;
        }
        if (!started) {
            started = true;
            next = seq; // joined mid-stream: segments of SMTP clients and servers begin with a line, as a rule
        }
        int ahead = seq - next;
        if (ahead > MAX_AHEAD || ahead < -MAX_AHEAD) {
            skipTo(seq);
            ahead = 0;
        }
        if (ahead > 0) {
            byte[] copy = new byte[captured];
            b.get(offset, copy);
            waiting.add(new Waiting(seq, copy, wireLength));
            waitingBytes += captured;
            if (waitingBytes > MAX_WAITING) {
                skipToEarliestWaiting();
            }
            return;
        }
        take(seq, b, offset, captured, wireLength);
        drainWaiting();
    }

    /** Delivers the part of an in-order or overlapping segment beyond what was delivered already. */
    private void take(int seq, ByteBuffer b, int offset, int captured, int wireLength) {
        int already = next - seq;
        if (already >= wireLength) {
            return; // a retransmission of bytes already delivered
        }
        if (already < captured) {
            out.bytes(b, offset + already, captured - already);
        }
        next = seq + wireLength;
        if (captured < wireLength) {
            gap();
        }
    }

    private void drainWaiting() {
        boolean progress = true;
        while (progress && !waiting.isEmpty()) {
            progress = false;
            for (int i = 0; i < waiting.size(); i++) {
                Waiting w = waiting.get(i);
                if (w.seq - next <= 0) {
                    waiting.remove(i);
                    waitingBytes -= w.bytes.length;
                    take(w.seq, ByteBuffer.wrap(w.bytes), 0, w.bytes.length, w.wireLength);
                    progress = true;
                    break;
                }
            }
        }
    }

    private void skipToEarliestWaiting() {
        Waiting earliest = waiting.get(0);
        for (Waiting w : waiting) {
            if (w.seq - earliest.seq < 0) {
                earliest = w;
            }
        }
        skipTo(earliest.seq);
        drainWaiting();
    }

    private void skipTo(int seq) {
        next = seq;
        gap();
    }

    private void gap() {
        onGap.run();
        out.gap();
    }

    /**
     * The other side acknowledged bytes up to {@code ack}: if that is beyond a hole in what was captured, the hole
     * will never be filled (the capture missed those bytes), so the stream goes on after it now rather than at the end.
     */
    void acknowledged(int ack) {
        if (!waiting.isEmpty() && ack - next > 0) {
            skipToEarliestWaiting();
        }
    }

    /** At the end of the capture or connection: what still waits behind a gap is delivered after it. */
    void flush() {
        while (!waiting.isEmpty()) {
            skipToEarliestWaiting();
        }
    }
}
