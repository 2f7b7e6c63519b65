package org.smtpsentry.queue.exim;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An Exim spool header file ("ID-H") decoded, after the format the Exim specification documents: the file's name,
 * "login uid gid" of the submitting user, the envelope sender in angle brackets, "time warnings", option lines
 * starting with '-' (-auth_id, -host_address, -frozen, -local, -aclc/-aclm variables whose value follows on the next
 * line; Exim 4.94 and later mark a value from outside, such as the login or client address, with a second '-':
 * "--auth_id u@d"), the tree of recipients already delivered ("XX" when empty, else one line per node, "YY address"
 * with both sub-trees following, "NN address" for a leaf), the number of recipients and one per line, a blank line,
 * then each header as "NNNf text" where NNN is the length of the text (with continuation lines) and f a flag ('*' for
 * a header Exim has deleted).
 */
record SpoolHeader(String user, String sender, Instant arrival, Map<String, String> options,
                   List<String> recipients, byte[] headers) {
    private static final int MAX_RECIPIENTS = 1_000_000;

    /** The value of an option line ("-auth_id u@d" gives "u@d"; "-local" gives ""), or null when absent. */
    String option(String name) {
        return options.get(name);
    }

    static SpoolHeader parse(byte[] b) {
        Cursor c = new Cursor(b);
        c.line(); // "ID-H"
        String[] who = c.line().trim().split("\\s+");
        String sender = c.line().trim();
        if (!sender.startsWith("<") || !sender.endsWith(">")) {
            throw new IllegalArgumentException("line 3 is not an envelope sender in <>: " + sender);
        }
        sender = sender.substring(1, sender.length() - 1);
        String[] time = c.line().trim().split("\\s+");
        Instant arrival = Instant.ofEpochSecond(Long.parseLong(time[0]));
        Map<String, String> options = new HashMap<>();
        String line = c.line();
        while (line.startsWith("-")) {
            // Exim 4.94 and later write a second '-' before a value that came from outside ("tainted")
            String[] f = line.substring(line.startsWith("--") ? 2 : 1).split(" ", 2);
            if ((f[0].equals("aclc") || f[0].equals("aclm") || f[0].equals("acl")) && f.length == 2) {
                String[] nameLen = f[1].trim().split("\\s+");
                c.skip(Integer.parseInt(nameLen[nameLen.length - 1]) + 1);
            } else {
                options.put(f[0], f.length > 1 ? f[1] : "");
            }
            line = c.line();
        }
        Set<String> delivered = new HashSet<>();
        while (line.length() >= 2 && "XYN".indexOf(line.charAt(0)) >= 0 && "XYN".indexOf(line.charAt(1)) >= 0
                && (line.length() == 2 || line.charAt(2) == ' ')) {
            if (line.length() > 3) {
                delivered.add(line.substring(3).trim().toLowerCase(java.util.Locale.ROOT));
            }
            line = c.line();
        }
        int count = Integer.parseInt(line.trim());
        if (count < 0 || count > MAX_RECIPIENTS) {
            throw new IllegalArgumentException("recipient count " + count);
        }
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String r = c.line().trim();
            int space = r.indexOf(' ');
            String address = space < 0 ? r : r.substring(0, space);
            if (!delivered.contains(address.toLowerCase(java.util.Locale.ROOT))) {
                recipients.add(address);
            }
        }
        if (!c.line().isEmpty()) {
            throw new IllegalArgumentException("no blank line after the recipients");
        }
        ByteArrayOutputStream headers = new ByteArrayOutputStream();
        while (!c.atEnd()) {
            int digits = c.digits();
            if (digits < 0) {
                break;
            }
            byte flag = c.next();
            c.next(); // the space after the flag
            byte[] text = c.take(digits);
            if (flag != '*') {
                headers.writeBytes(text);
            }
        }
        return new SpoolHeader(who.length > 0 ? who[0] : "", sender, arrival, options, recipients,
                headers.toByteArray());
    }

    /** Reading position in the file; a line never ends past the end of the file. */
    private static final class Cursor {
        private final byte[] b;
        private int pos;

        Cursor(byte[] b) {
            this.b = b;
        }

        boolean atEnd() {
            return pos >= b.length;
        }

        String line() {
            if (atEnd()) {
                throw new IllegalArgumentException("ends early");
            }
            int start = pos;
            while (pos < b.length && b[pos] != '\n') {
                pos++;
            }
            String s = new String(b, start, pos - start, StandardCharsets.UTF_8);
            pos++;
            return s;
        }

        void skip(int n) {
            pos = Math.min(b.length, pos + n);
        }

        /** A decimal number at the position, or -1 when there is none. */
        int digits() {
            int n = 0;
            int start = pos;
            while (pos < b.length && b[pos] >= '0' && b[pos] <= '9' && pos - start < 9) {
                n = n * 10 + (b[pos++] - '0');
            }
            return pos == start ? -1 : n;
        }

        byte next() {
            if (atEnd()) {
                throw new IllegalArgumentException("ends inside a header");
            }
            return b[pos++];
        }

        byte[] take(int n) {
            if (pos + n > b.length) {
                throw new IllegalArgumentException("a header is longer than the file");
            }
            byte[] t = java.util.Arrays.copyOfRange(b, pos, pos + n);
            pos += n;
            return t;
        }
    }
}
