package org.smtpsentry.logs;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines from bytes with a bounded length: a line longer than {@code maxLine} bytes is cut there (and
 * {@link #lastWasCut()} says so) and the rest of it skipped, so one corrupt line cannot exhaust memory.
 * Lines end at LF; a CR before it is dropped. Bytes are decoded as UTF-8.
 * <p>Log lines are nearly always ASCII: the scan for the line's end also notes whether a byte had its high bit set, and
 * a line without one becomes a string by a plain copy, sparing the decoder's second pass over every byte.
 */
public final class LineReader implements Closeable {
    private final InputStream in;
    private final int maxLine;
    private final byte[] buffer = new byte[1 << 16];
    private byte[] line;
    private int start;
    private int end;
    private long bytesRead;
    private boolean eof;
    private boolean cut;

    public LineReader(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
        this.line = new byte[Math.min(maxLine, 1024)];
    }

    /** The next line, or null at the end of the input. */
    public String next() throws IOException {
        int length = 0;
        cut = false;
        while (true) {
            if (start == end) {
                if (eof || !fill()) {
                    return length > 0 || cut ? decode(length) : null;
                }
            }
            int newline = -1;
            int highBits = 0;
            for (int i = start; i < end; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    newline = i;
                    break;
                }
                highBits |= b;
            }
            int chunkEnd = newline < 0 ? end : newline;
            if (newline >= 0 && length == 0 && chunkEnd - start <= maxLine) { // the whole line is in the buffer
                int lineStart = start;
                start = newline + 1;
                int lineEnd = chunkEnd > lineStart && buffer[chunkEnd - 1] == '\r' ? chunkEnd - 1 : chunkEnd;
                return new String(buffer, lineStart, lineEnd - lineStart,
                        highBits < 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            }
            length = append(length, chunkEnd);
            if (newline >= 0) {
                start = newline + 1;
                return decode(length);
            }
            start = end;
        }
    }

    /** Whether the line last returned was longer than the limit and was cut. */
    public boolean lastWasCut() {
        return cut;
    }

    /** Bytes consumed so far (compressed inputs: of the uncompressed stream). */
    public long bytesRead() {
        return bytesRead;
    }

    private int append(int length, int chunkEnd) {
        int n = chunkEnd - start;
        int room = maxLine - length;
        if (n > room) {
            cut = true;
            n = Math.max(room, 0);
        }
        if (length + n > line.length) {
            line = java.util.Arrays.copyOf(line, Math.min(maxLine, Math.max(line.length * 2, length + n)));
        }
        System.arraycopy(buffer, start, line, length, n);
        return length + n;
    }

    private String decode(int length) {
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return new String(line, 0, length, StandardCharsets.UTF_8);
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) {
            eof = true;
            return false;
        }
        bytesRead += n;
        start = 0;
        end = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
