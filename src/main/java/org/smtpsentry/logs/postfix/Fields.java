package org.smtpsentry.logs.postfix;

import org.smtpsentry.logs.Decimals;
import org.smtpsentry.logs.LineBytes;
import org.smtpsentry.logs.RecentValues;

/**
 * Postfix's {@code name=value} and {@code name=<value>} fields, found in a line's bytes (positions are the bytes'):
 * no regular expressions, and no strings but the values asked for.
 */
final class Fields {
    private Fields() {
    }

    /** The value of {@code name=<...>} from {@code from} on ("" for {@code <>}), or null when absent. */
    static String angled(LineBytes line, byte[] nameWithEquals, int from) {
        int at = find(line, nameWithEquals, from);
        if (at < 0) {
            return null;
        }
        int open = at + nameWithEquals.length;
        if (open >= line.to() || line.bytes()[open] != '<') {
            return null;
        }
        int close = line.indexOf((byte) '>', open + 1);
        return close < 0 ? null : line.text(open + 1, close);
    }

    /** The value of {@code name=value} up to the next ',' or ' ' (or the end), or null when absent. */
    static String plain(LineBytes line, byte[] nameWithEquals, int from) {
        int start = valueStart(line, nameWithEquals, from);
        return start < 0 ? null : line.text(start, valueEnd(line, start));
    }

    /** The same, one string for each text, from {@code values}. */
    static String plain(LineBytes line, byte[] nameWithEquals, int from, RecentValues<String> values) {
        int start = valueStart(line, nameWithEquals, from);
        if (start < 0) {
            return null;
        }
        int end = valueEnd(line, start);
        return end == start ? "" : values.of(line, start, end);
    }

    /** A decimal field value, or -1. */
    static long number(LineBytes line, byte[] nameWithEquals, int from) {
        int start = valueStart(line, nameWithEquals, from);
        return start < 0 ? -1 : Decimals.parseLong(line.bytes(), start, valueEnd(line, start));
    }

    /** Where a value that starts at {@code start} ends: at the next ',' or ' ', or at the end. */
    static int valueEnd(LineBytes line, int start) {
        int end = line.indexOfEither((byte) ',', (byte) ' ', start);
        return end < 0 ? line.to() : end;
    }

    private static int valueStart(LineBytes line, byte[] nameWithEquals, int from) {
        int at = find(line, nameWithEquals, from);
        return at < 0 ? -1 : at + nameWithEquals.length;
    }

    /** Where {@code name} starts as a whole field name (at {@code from} or after ' ' or ','), or -1. */
    private static int find(LineBytes line, byte[] name, int from) {
        byte[] b = line.bytes();
        int at = line.indexOf(name, from);
        while (at > from) {
            byte before = b[at - 1];
            if (before == ' ' || before == ',') {
                return at;
            }
            at = line.indexOf(name, at + 1);
        }
        return at;
    }
}
