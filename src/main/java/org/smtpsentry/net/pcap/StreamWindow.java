package org.smtpsentry.net.pcap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A window over a stream (a gzip'd capture): a heap buffer refilled as the readers move on. It grows only to hold
 * the largest block asked for, which the readers bound.
 */
final class StreamWindow implements ByteWindow {
    private final InputStream in;
    private byte[] bytes = new byte[4 << 20];
    private ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
    private int pos;
    private int limit;
    private long consumedBefore;
    private boolean ended;
    private boolean streamCut;

    StreamWindow(InputStream in) {
        this.in = in;
    }

    @Override
    public boolean ensure(int n) throws IOException {
        if (limit - pos >= n) {
            return true;
        }
        if (ended) {
            return false;
        }
        if (n > bytes.length) {
            byte[] bigger = new byte[Math.max(n, bytes.length * 2)];
            System.arraycopy(bytes, pos, bigger, 0, limit - pos);
            bytes = bigger;
            buffer = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        } else {
            System.arraycopy(bytes, pos, bytes, 0, limit - pos);
        }
        consumedBefore += pos;
        limit -= pos;
        pos = 0;
        while (limit < bytes.length) {
            int got;
            try {
                got = in.read(bytes, limit, bytes.length - limit);
            } catch (java.io.EOFException e) {
                got = -1; // a gzip stream cut short: what was decompressed so far is still read
                streamCut = true;
            }
            if (got < 0) {
                ended = true;
                break;
            }
            limit += got;
            if (limit - pos >= n) {
                break;
            }
        }
        return limit - pos >= n;
    }

    /** Whether the compressed stream ended before its trailer (a cut gzip file). */
    boolean streamCut() {
        return streamCut;
    }

    @Override
    public ByteBuffer buffer() {
        return buffer;
    }

    @Override
    public int position() {
        return pos;
    }

    @Override
    public void advance(int n) {
        pos += n;
    }

    @Override
    public long offset() {
        return consumedBefore + pos;
    }

    @Override
    public int available() {
        return limit - pos;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
