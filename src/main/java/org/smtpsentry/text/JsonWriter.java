package org.smtpsentry.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Arrays;

/**
 * A streaming JSON writer with two-space indentation, for the documented {@code --json} outputs.
 * Keys are written in the order the caller gives, so the output is stable for golden-file tests.
 * <p>It gathers the text in a buffer of its own and hands the writer large pieces: a report of 10,000 lines written a
 * token at a time through {@code PrintWriter}'s layers took ~30 ms at the end of every big analysis.
 */
public final class JsonWriter {
    private static final int HANDED_OVER = 16 * 1024;

    private final Writer out;
    private final StringBuilder text = new StringBuilder(HANDED_OVER + 1024);
    /** Per open object or array (depth 1 at index 0): whether nothing was written in it yet. */
    private boolean[] empty = new boolean[16];
    private int depth;
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
        text.append(": ");
        afterKey = true;
        return this;
    }

    public JsonWriter value(String s) {
        separate();
        if (s == null) {
            text.append("null");
        } else {
            string(s);
        }
        return handOver();
    }

    public JsonWriter value(long n) {
        separate();
        text.append(n);
        return handOver();
    }

    /** A number rounded to at most 4 decimals; NaN and infinities become null. */
    public JsonWriter value(double d) {
        separate();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            text.append("null");
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            text.append((long) d);
        } else {
            text.append(FourDecimals.of(d));
        }
        return handOver();
    }

    public JsonWriter value(boolean b) {
        separate();
        text.append(b);
        return handOver();
    }

    /** An instant in ISO-8601 UTC, or null. */
    public JsonWriter value(Instant t) {
        if (t == null) {
            return value((String) null);
        }
        separate();
        text.append('"');
        IsoInstant.append(t, text);
        text.append('"');
        return handOver();
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
        text.append('\n');
        writeOut();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonWriter open(char c) {
        separate();
        text.append(c);
        if (depth == empty.length) {
            empty = Arrays.copyOf(empty, depth * 2);
        }
        empty[depth++] = true;
        return this;
    }

    private JsonWriter close(char c) {
        if (depth == 0) {
            throw new IllegalStateException("nothing open to close with " + c);
        }
        if (!empty[--depth]) {
            newline();
        }
        text.append(c);
        return handOver();
    }

    private void separate() {
        if (afterKey) {
            afterKey = false;
            return;
        }
        if (depth == 0) {
            return;
        }
        if (!empty[depth - 1]) {
            text.append(',');
        }
        empty[depth - 1] = false;
        newline();
    }

    private void newline() {
        text.append('\n');
        for (int i = 0; i < depth; i++) {
            text.append("  ");
        }
    }

    private void string(String s) {
        text.append('"');
        int plain = 0; // the start of the characters not yet copied, which need no escape
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != 0x2028 && c != 0x2029) {
                continue;
            }
            text.append(s, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> text.append(String.format("\\u%04x", (int) c));
            }
        }
        text.append(s, plain, s.length()).append('"');
    }

    /** Hands the text gathered so far to the writer once there is enough of it. */
    private JsonWriter handOver() {
        if (text.length() >= HANDED_OVER) {
            writeOut();
        }
        return this;
    }

    private void writeOut() {
        try {
            out.write(text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text.setLength(0);
    }
}
