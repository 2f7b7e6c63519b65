package org.smtpsentry.queue.postfix;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Postfix queue file decoded: records of one type byte, a length in 7-bit groups (low group first, high bit set
 * when another group follows) and the data. The envelope records come first (size 'C', arrival 'T', sender 'S',
 * named attributes 'A' such as sasl_username and client_address, recipients 'R'; done 'D' and cancelled '/'
 * recipients are no longer pending), then 'M' and the message text as lines ('N') and pieces of long lines ('L'),
 * then 'X' and the recipients extracted from headers, then 'E'. A pointer record 'p' continues reading at the
 * offset it holds (cleanup writes them when it edits a file in place). The 'C' record gives the offset of the
 * message text and its length, so the extracted records can be reached without reading the text (as qmgr does).
 *
 * @param attributes the values of {@link #ATTRIBUTES}, in their order; null when absent
 * @param complete  the 'E' record was reached (false: a file still being written, or its bytes ran out)
 * @param wanted    the file offset where the bytes given ran out before what was asked was read, or -1: the caller
 *                  reads from there and decodes again with that piece added
 */
record QueueFile(long size, Instant arrival, String sender, List<String> recipients, List<String> attributes,
                 byte[] text, boolean complete, long wanted) {
    private static final int MAX_POINTERS = 10_000;
    /** The named attributes kept; a queue file has some twenty, and only these are used. */
    static final List<String> ATTRIBUTES = List.of("sasl_username", "client_address", "log_client_address");
    private static final int CLIENT_ADDRESS = ATTRIBUTES.indexOf("client_address");
    private static final int LOG_CLIENT_ADDRESS = ATTRIBUTES.indexOf("log_client_address");
    private static final byte[] NO_TEXT = new byte[0];
    /** The largest text buffer made up front from the size a file claims: beyond, it grows as the text comes. */
    private static final int TEXT_HINT_MAX = 1 << 20;
    private static final byte[][] KEPT = ATTRIBUTES.stream().map(a -> a.getBytes(StandardCharsets.US_ASCII))
            .toArray(byte[][]::new);

    /** How much of the message text a reading keeps. */
    enum Text {
        /**
         * None: the envelope and the extracted recipients only, the text skipped with the 'C' record's offsets.
         * A local submission (no client_address) keeps its headers all the same: its Received header names the user.
         */
        NONE,
        /** The header section and the blank line after it. */
        HEADERS,
        /** The whole text, headers and body. */
        WHOLE
    }

    /**
     * Bytes [at, at + length) of a queue file; {@code toEnd} when they reach the end of the file.
     */
    record Piece(long at, byte[] bytes, int length, boolean toEnd) {
        static Piece whole(byte[] b) {
            return new Piece(0, b, b.length, true);
        }

        long end() {
            return at + length;
        }
    }

    /** Decodes a whole file. */
    static QueueFile parse(byte[] b, Text keep) {
        return parse(List.of(Piece.whole(b)), keep);
    }

    /** Decodes what {@code pieces} hold of a file (a few pieces: the start, and the extracted records). */
    static QueueFile parse(List<Piece> pieces, Text keep) {
        Found f = new Found();
        long dataOffset = -1;
        boolean inText = false;
        boolean headersDone = false;
        boolean complete = false;
        int pointers = 0;
        long pos = 0;
        records:
        while (true) {
            Piece piece = pieceAt(pieces, pos);
            if (piece == null) {
                // nothing read at pos: past the end of the file (a truncated file), or not read yet
                return f.file(false, pastEnd(pieces, pos) ? -1 : pos);
            }
            byte[] b = piece.bytes();
            int limit = piece.length();
            int i = (int) (pos - piece.at());
            int type = b[i++] & 0xff;
            long len = 0;
            int shift = 0;
            while (true) {
                if (i >= limit || shift > 28) {
                    boolean more = i >= limit && !piece.toEnd();
                    return f.file(false, more ? pos : -1);
                }
                int c = b[i++] & 0xff;
                len |= (long) (c & 0x7f) << shift;
                if ((c & 0x80) == 0) {
                    break;
                }
                shift += 7;
            }
            if (i + len > limit) {
                return f.file(false, piece.toEnd() ? -1 : pos);
            }
            int start = i;
            int n = (int) len;
            pos = piece.at() + start + n;
            switch (type) {
                case 'C' -> {
                    f.size = number(b, start, start + n, 0);
                    dataOffset = number(b, start, start + n, 1);
                }
                case 'T' -> f.arrival = Instant.ofEpochSecond(Math.max(0, number(b, start, start + n, 0)));
                case 'S' -> f.sender = utf8(b, start, n);
                case 'R' -> f.recipients.add(utf8(b, start, n));
                case 'A' -> {
                    for (int k = 0; k < KEPT.length; k++) {
                        byte[] name = KEPT[k];
                        if (f.attributes[k] == null && n > name.length && b[start + name.length] == '='
                                && startsWith(b, start, name)) {
                            f.attributes[k] = utf8(b, start + name.length + 1, n - name.length - 1);
                        }
                    }
                }
                case 'M' -> {
                    inText = true;
                    boolean local = f.attributes[CLIENT_ADDRESS] == null && f.attributes[LOG_CLIENT_ADDRESS] == null;
                    if (keep == Text.NONE && !local && canSkipText(dataOffset, f.size)) {
                        headersDone = true;
                        pos = dataOffset + f.size; // straight to the extracted records
                    }
                }
                case 'N', 'L' -> {
                    if (inText && (!headersDone || keep == Text.WHOLE)) {
                        f.keep(b, start, n, type == 'N', keep == Text.WHOLE ? f.size : 0);
                        if (type == 'N') {
                            if (n == 0 && !headersDone) {
                                headersDone = true;
                                if (keep != Text.WHOLE && canSkipText(dataOffset, f.size)) {
                                    pos = dataOffset + f.size; // straight to the extracted records
                                }
                            }
                        }
                    }
                }
                case 'X' -> inText = false;
                case 'p' -> {
                    long target = number(b, start, start + n, 0);
                    if (target == 0) {
                        continue; // a reserved pointer not (yet) used: reading goes on with the next record
                    }
                    if (++pointers > MAX_POINTERS || target < 0 || pastEnd(pieces, target)) {
                        return f.file(false, -1);
                    }
                    pos = target;
                }
                case 'E' -> {
                    complete = true;
                    break records;
                }
                default -> {
                    // other records (done and cancelled recipients, DSN, flags, padding) are not needed here
                }
            }
        }
        return f.file(complete, -1);
    }

    /** What a decoding has found so far. */
    private static final class Found {
        long size = -1;
        Instant arrival = Instant.EPOCH;
        String sender = "";
        final List<String> recipients = new ArrayList<>(2);
        final String[] attributes = new String[ATTRIBUTES.size()];
        /** Made when the first line is kept: most readings for counting keep none. */
        ByteArrayOutputStream text;

        /**
         * A line of text ('N', ended here) or a piece of one ('L'); {@code expected} is the size of the text kept,
         * when known, so that its buffer need not grow.
         */
        void keep(byte[] b, int start, int n, boolean endsLine, long expected) {
            if (text == null) {
                text = new ByteArrayOutputStream(Math.clamp(expected, 1024, TEXT_HINT_MAX));
            }
            text.write(b, start, n);
            if (endsLine) {
                text.write('\n');
            }
        }

        QueueFile file(boolean complete, long wanted) {
            byte[] kept = text == null ? NO_TEXT : text.toByteArray();
            return new QueueFile(size < 0 ? kept.length : size, arrival, sender, recipients,
                    Arrays.asList(attributes), kept, complete, wanted);
        }
    }

    /** Whether the 'C' record told where the text ends (a file still being written has zeros there). */
    private static boolean canSkipText(long dataOffset, long size) {
        return dataOffset > 0 && size >= 0;
    }

    /**
     * The piece holding the byte at {@code pos} and the most after it (a piece read where another ran out overlaps
     * it), or null.
     */
    private static Piece pieceAt(List<Piece> pieces, long pos) {
        if (pieces.size() == 1) { // most files: read whole at once
            Piece p = pieces.getFirst();
            return pos >= p.at() && pos < p.end() ? p : null;
        }
        Piece found = null;
        for (int i = 0; i < pieces.size(); i++) { // indexed: no iterator per record on the hot path
            Piece p = pieces.get(i);
            if (pos >= p.at() && pos < p.end() && (found == null || p.end() > found.end())) {
                found = p;
            }
        }
        return found;
    }

    /** Whether {@code pos} is at or past the end of the file, as far as a piece reaching the end tells. */
    private static boolean pastEnd(List<Piece> pieces, long pos) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.toEnd() && pos >= p.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int start, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (b[start + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The attribute's value (one of {@link #ATTRIBUTES}), or "". */
    String attribute(String name) {
        String value = attributes.get(ATTRIBUTES.indexOf(name));
        return value == null ? "" : value;
    }

    /** The {@code index}-th space-separated decimal field in b[from, to), or -1 (no regex: this is the hot path). */
    private static long number(byte[] b, int from, int to, int index) {
        int i = from;
        for (int field = 0; ; field++) {
            while (i < to && b[i] == ' ') {
                i++;
            }
            if (i >= to) {
                return -1;
            }
            if (field == index) {
                long n = 0;
                int digits = 0;
                while (i < to && b[i] >= '0' && b[i] <= '9' && digits < 18) {
                    n = n * 10 + (b[i++] - '0');
                    digits++;
                }
                return digits == 0 ? -1 : n;
            }
            while (i < to && b[i] != ' ') {
                i++;
            }
        }
    }

    private static String utf8(byte[] b, int start, int n) {
        return new String(b, start, n, StandardCharsets.UTF_8);
    }
}
