package org.smtpsentry.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A streaming JSON writer with two-space indentation, for the documented {@code --json} outputs.
 * Keys are written in the order the caller gives, so the output is stable for golden-file tests.
 */
public final class JsonWriter {
    private final Writer out;
    private final Deque<Boolean> firstInScope = new ArrayDeque<>();
    private boolean afterKey;

    public JsonWriter(Writer out) {
        this.out = out;
    }

    public JsonWriter beginObject() {
        return open('{');
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        return open('[');
    }

    public JsonWriter endArray() {
        return close(']');
    }

    public JsonWriter name(String key) {
        separate();
        string(key);
        write(": ");
        afterKey = true;
        return this;
    }

    public JsonWriter value(String s) {
        separate();
        if (s == null) {
            write("null");
        } else {
            string(s);
        }
        return this;
    }

    public JsonWriter value(long n) {
        separate();
        write(Long.toString(n));
        return this;
    }

    /** A number rounded to at most 4 decimals; NaN and infinities become null. */
    public JsonWriter value(double d) {
        separate();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            write("null");
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            write(Long.toString((long) d));
        } else {
            write(FourDecimals.of(d));
        }
        return this;
    }

    public JsonWriter value(boolean b) {
        separate();
        write(b ? "true" : "false");
        return this;
    }

    /** An instant in ISO-8601 UTC, or null. */
    public JsonWriter value(Instant t) {
        return value(t == null ? null : t.toString());
    }

    public JsonWriter field(String key, String v) {
        return name(key).value(v);
    }

    public JsonWriter field(String key, long v) {
        return name(key).value(v);
    }

    public JsonWriter field(String key, double v) {
        return name(key).value(v);
    }

    public JsonWriter field(String key, boolean v) {
        return name(key).value(v);
    }

    public JsonWriter field(String key, Instant v) {
        return name(key).value(v);
    }

    /** Ends the document with a newline and flushes. */
    public void finish() {
        write("\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonWriter open(char c) {
        separate();
        write(String.valueOf(c));
        firstInScope.push(true);
        return this;
    }

    private JsonWriter close(char c) {
        boolean empty = firstInScope.pop();
        if (!empty) {
            newline();
        }
        write(String.valueOf(c));
        return this;
    }

    private void separate() {
        if (afterKey) {
            afterKey = false;
            return;
        }
        if (firstInScope.isEmpty()) {
            return;
        }
        if (!firstInScope.peek()) {
            write(",");
        }
        firstInScope.pop();
        firstInScope.push(false);
        newline();
    }

    private void newline() {
        write("\n");
        write("  ".repeat(firstInScope.size()));
    }

    private void string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        write(b.append('"').toString());
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
