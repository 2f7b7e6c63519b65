package org.smtpsentry.queue.postfix;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Postfix queue file decoded: records of one type byte, a length in 7-bit groups (low group first, high bit set
 * when another group follows) and the data. The envelope records come first (size 'C', arrival 'T', sender 'S',
 * named attributes 'A' such as sasl_username and client_address, recipients 'R'; done 'D' and cancelled '/'
 * recipients are no longer pending), then 'M' and the message text as lines ('N') and pieces of long lines ('L'),
 * then 'X' and the recipients extracted from headers, then 'E'. A pointer record 'p' continues reading at the
 * offset it holds (cleanup writes them when it edits a file in place).
 */
record QueueFile(long size, Instant arrival, String sender, List<String> recipients, Map<String, String> attributes,
                 byte[] text, boolean complete) {
    private static final int MAX_POINTERS = 10_000;
    /** The named attributes kept; a queue file has some twenty, and only these are used. */
    static final List<String> ATTRIBUTES = List.of("sasl_username", "sasl_method", "client_address",
            "log_client_address", "helo_name");
    private static final byte[][] KEPT = ATTRIBUTES.stream().map(a -> a.getBytes(StandardCharsets.US_ASCII))
            .toArray(byte[][]::new);

    /**
     * Decodes {@code b}. With {@code wholeText} false only the header section of the message text is kept (enough
     * for Subject and Received); {@code text} is then the headers and a blank line. {@code complete} is false when
     * the bytes end before the 'E' record (a file still being written, or only its start was read).
     */
    static QueueFile parse(byte[] b, boolean wholeText) {
        long size = -1;
        long dataOffset = -1;
        Instant arrival = Instant.EPOCH;
        String sender = "";
        List<String> rcpts = new ArrayList<>();
        Map<String, String> attrs = new HashMap<>();
        ByteArrayOutputStream text = new ByteArrayOutputStream(Math.min(b.length, 1 << 16));
        boolean inText = false;
        boolean headersDone = false;
        boolean complete = false;
        int pointers = 0;
        int pos = 0;
        while (pos < b.length) {
            int type = b[pos++] & 0xff;
            long len = 0;
            int shift = 0;
            while (true) {
                if (pos >= b.length || shift > 28) {
                    return new QueueFile(size, arrival, sender, rcpts, attrs, text.toByteArray(), false);
                }
                int c = b[pos++] & 0xff;
                len |= (long) (c & 0x7f) << shift;
                if ((c & 0x80) == 0) {
                    break;
                }
                shift += 7;
            }
            if (pos + len > b.length) {
                break;
            }
            int start = pos;
            int n = (int) len;
            pos += n;
            switch (type) {
                case 'C' -> {
                    size = number(b, start, start + n, 0);
                    dataOffset = number(b, start, start + n, 1);
                }
                case 'T' -> arrival = Instant.ofEpochSecond(Math.max(0, number(b, start, start + n, 0)));
                case 'S' -> sender = utf8(b, start, n);
                case 'R' -> rcpts.add(utf8(b, start, n));
                case 'A' -> {
                    for (byte[] name : KEPT) {
                        if (n > name.length && b[start + name.length] == '=' && startsWith(b, start, name)) {
                            attrs.putIfAbsent(new String(name, StandardCharsets.US_ASCII),
                                    utf8(b, start + name.length + 1, n - name.length - 1));
                        }
                    }
                }
                case 'M' -> inText = true;
                case 'N', 'L' -> {
                    if (inText && !headersDone) {
                        text.write(b, start, n);
                        if (type == 'N') {
                            text.write('\n');
                            if (n == 0 && !wholeText) {
                                headersDone = true;
                                if (dataOffset >= 0 && size >= 0 && dataOffset + size < b.length) {
                                    pos = (int) (dataOffset + size); // straight to the extracted records
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
                    if (++pointers > MAX_POINTERS || target < 0 || target >= b.length) {
                        return new QueueFile(size, arrival, sender, rcpts, attrs, text.toByteArray(), false);
                    }
                    pos = (int) target;
                }
                case 'E' -> {
                    complete = true;
                    pos = b.length;
                }
                default -> {
                    // other records (done and cancelled recipients, DSN, flags, padding) are not needed here
                }
            }
        }
        if (size < 0) {
            size = text.size();
        }
        return new QueueFile(size, arrival, sender, rcpts, attrs, text.toByteArray(), complete);
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
        return attributes.getOrDefault(name, "");
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
