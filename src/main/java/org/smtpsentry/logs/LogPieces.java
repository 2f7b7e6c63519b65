package org.smtpsentry.logs;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * An input's bytes in pieces of about {@code size} bytes that end at a line's end, numbered in the order read, so that
 * several threads can decode one log at once. A line longer than {@code maxLine} bytes keeps its first
 * {@code maxLine + 1} (a {@link LineReader} over the piece cuts it and says so) and the rest of it is skipped.
 * One caller at a time.
 */
final class LogPieces implements Closeable {
    /**
     * Bytes 0 to {@code length} of {@code bytes}, whole lines (the last may lack its LF at the input's end), which
     * nobody writes again. {@code failure} is why the input ended after it, or null: the start of a line it cut
     * short is not in the piece.
     */
    record Piece(int number, byte[] bytes, int length, IOException failure) {
    }

    private final InputStream in;
    private final int size;
    private final int maxLine;
    /** The start of the line the last piece did not end: the next one begins with it. */
    private byte[] carry = new byte[0];
    /** The line in {@link #carry} was cut at maxLine: what is left of it is dropped as it is read. */
    private boolean skipping;
    private boolean ended;
    private int count;
    /** Read by the progress display from another thread. */
    private volatile long bytesRead;

    LogPieces(InputStream in, int size, int maxLine) {
        if (size <= maxLine) {
            throw new IllegalArgumentException("a piece must hold a line of the longest kept");
        }
        this.in = in;
        this.size = size;
        this.maxLine = maxLine;
    }

    /** The next piece, or null after the last. */
    Piece next() {
        if (ended) {
            return null;
        }
        byte[] b = new byte[carry.length + size];
        System.arraycopy(carry, 0, b, 0, carry.length);
        int n = carry.length;
        try {
            while (n < b.length) {
                int read = in.read(b, n, b.length - n);
                if (read < 0) {
                    ended = true;
                    break;
                }
                bytesRead += read;
                n += skipping ? dropSkipped(b, n, read) : read;
            }
        } catch (IOException e) {
            ended = true;
            int lineEnd = lastLineEnd(b, n);
            carry = new byte[0];
            return new Piece(count++, b, lineEnd + 1, e);
        }
        if (ended) {
            carry = new byte[0];
            return n == 0 ? null : new Piece(count++, b, n, null);
        }
        int lineEnd = lastLineEnd(b, n);
        if (lineEnd < 0) { // one line fills the piece: keep its start, skip its rest
            skipping = true;
            carry = new byte[0];
            return new Piece(count++, b, maxLine + 1, null);
        }
        carry = Arrays.copyOfRange(b, lineEnd + 1, Math.min(n, lineEnd + 2 + maxLine));
        skipping = n - (lineEnd + 1) > maxLine;
        return new Piece(count++, b, lineEnd + 1, null);
    }

    /**
     * Drops the bytes of a cut line from the {@code read} bytes just read at {@code at}, up to its LF (kept: it ends
     * the cut line's start); returns how many are left.
     */
    private int dropSkipped(byte[] b, int at, int read) {
        for (int i = at; i < at + read; i++) {
            if (b[i] == '\n') {
                skipping = false;
                System.arraycopy(b, i, b, at, at + read - i);
                return at + read - i;
            }
        }
        return 0;
    }

    private static int lastLineEnd(byte[] b, int n) {
        for (int i = n - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Bytes read so far (compressed inputs: of the uncompressed stream). */
    long bytesRead() {
        return bytesRead;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
