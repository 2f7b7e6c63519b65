package org.smtpsentry.net.pcap;

import java.nio.ByteBuffer;

/**
 * Cuts one direction's bytes into SMTP lines (CRLF or bare LF). Lines are bounded: beyond {@link #MAX_LINE} bytes
 * the rest of the line is dropped. It can also skip a counted number of bytes (BDAT chunks), or everything (TLS).
 */
final class LineSplitter implements StreamBytes {
    static final int MAX_LINE = 1024;

    /** Receives each line without its line ending; the array is reused after the call. */
    interface Lines {
        void line(byte[] line, int length);
    }

    private final Lines lines;
    private final Runnable onGap;
    private byte[] line; // allocated with the first byte: most connections of a SYN flood never send one
    private int length;
    private boolean resync;
    private long skip;
    private boolean ignoreAll;

    LineSplitter(Lines lines, Runnable onGap) {
        this.lines = lines;
        this.onGap = onGap;
    }

    /** The next {@code n} bytes are not lines (a BDAT chunk). */
    void skip(long n) {
        skip += n;
    }

    /** Nothing more in this direction is readable (TLS started). */
    void ignoreAll() {
        ignoreAll = true;
    }

    @Override
    public void bytes(ByteBuffer b, int offset, int count) {
        if (ignoreAll) {
            return;
        }
        int end = offset + count;
        int i = offset;
        if (skip > 0) {
            int n = (int) Math.min(skip, count);
            skip -= n;
            i += n;
        }
        while (i < end) {
            byte c = b.get(i++);
            if (line == null) {
                line = new byte[MAX_LINE];
            }
            if (c == '\n') {
                int n = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
                length = 0;
                if (resync) {
                    resync = false;
                } else {
                    lines.line(line, n);
                }
                if (ignoreAll) {
                    return;
                }
                if (skip > 0) {
                    int n2 = (int) Math.min(skip, end - i);
                    skip -= n2;
                    i += n2;
                }
            } else if (length < MAX_LINE) {
                line[length++] = c;
            }
        }
    }

    @Override
    public void gap() {
        length = 0;
        resync = true;
        skip = 0;
        onGap.run();
    }
}
