package org.smtpsentry.queue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reading header fields out of message text: the header section ends at the first empty line. */
public final class Headers {
    /** Longest header field considered (folded lines together); longer ones are cut. */
    private static final int MAX_FIELD = 16 * 1024;

    private Headers() {
    }

    /** The unfolded value of the first field called {@code name} (case-insensitive), or "". */
    public static String value(byte[] message, String name) {
        List<String> all = values(message, name, 1);
        return all.isEmpty() ? "" : all.get(0);
    }

    /** The unfolded values of up to {@code limit} fields called {@code name}, in order. */
    public static List<String> values(byte[] message, String name, int limit) {
        List<String> found = new ArrayList<>();
        int i = 0;
        int n = message.length;
        while (i < n && found.size() < limit) {
            int end = lineEnd(message, i);
            if (end == i || (end == i + 1 && message[i] == '\r')) {
                break; // the empty line: end of the header section
            }
            if (startsWithName(message, i, end, name)) {
                StringBuilder value = new StringBuilder(new String(message, i + name.length() + 1,
                        Math.min(end, i + MAX_FIELD) - i - name.length() - 1, StandardCharsets.UTF_8).strip());
                int next = end + 1;
                while (next < n && (message[next] == ' ' || message[next] == '\t')) {
                    int e = lineEnd(message, next);
                    if (value.length() < MAX_FIELD) {
                        value.append(' ').append(new String(message, next, e - next, StandardCharsets.UTF_8).strip());
                    }
                    next = e + 1;
                }
                found.add(value.toString());
                i = next;
                continue;
            }
            i = end + 1;
        }
        return found;
    }

    private static int lineEnd(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] != '\n') {
            i++;
        }
        return i;
    }

    private static boolean startsWithName(byte[] b, int from, int end, String name) {
        int len = name.length();
        if (end - from <= len || b[from + len] != ':') {
            return false;
        }
        for (int k = 0; k < len; k++) {
            int c = b[from + k];
            int want = name.charAt(k);
            if (c != want && Character.toLowerCase(c) != Character.toLowerCase(want)) {
                return false;
            }
        }
        return true;
    }
}
