package org.smtpsentry.event;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where an event came from: a log file and line number (with the line itself, for evidence), or a network peer.
 * <p>
 * A line read from a log keeps its bytes, in the reader's buffer that is never written again, and becomes text only
 * when asked: nearly every line is dropped unread, and making each a string was a tenth of a one-shot analysis. What
 * keeps an origin past its event (a sample of evidence, a trace) calls {@link #keep()}, so that it holds its own
 * text and not the whole buffer. An origin is used by one thread at a time: the reader's, then the detection's.
 */
public final class Origin {
    private final String source;
    /** The line number, counted from the start of a piece of the file when {@code before} is set. */
    private final long line;
    private final LinesBefore before;
    /** The line's bytes, from {@code from} to {@code to}, UTF-8 ({@code ascii}: none above 127); null once text. */
    private byte[] bytes;
    private final int from;
    private final int to;
    private final boolean ascii;
    /** The text, when given or asked for once. */
    private String text;

    /** An origin with its text, or none ({@code null}). */
    public Origin(String source, long line, String text) {
        this(source, null, line, text, null, 0, 0, false);
    }

    private Origin(String source, LinesBefore before, long line, String text, byte[] bytes, int from, int to,
                   boolean ascii) {
        this.source = source;
        this.before = before;
        this.line = line;
        this.text = text;
        this.bytes = bytes;
        this.from = from;
        this.to = to;
        this.ascii = ascii;
    }

    /**
     * Line {@code line} of a piece of {@code source} that starts after {@code before} lines, held as bytes {@code from}
     * to {@code to} of {@code bytes}, which the caller never changes again.
     */
    public static Origin ofLine(String source, LinesBefore before, int line, byte[] bytes, int from, int to,
                                boolean ascii) {
        return new Origin(source, before, line, null, bytes, from, to, ascii);
    }

    /** An origin that is not a line of a file, e.g. a policy client or a packet capture. */
    public static Origin of(String source) {
        return new Origin(source, 0, null);
    }

    public String source() {
        return source;
    }

    public long line() {
        return before == null ? line : before.count() + line;
    }

    /** The line itself, or null when the origin is not a line. */
    public String text() {
        String t = text;
        if (t == null && bytes != null) {
            t = new String(bytes, from, to - from, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            text = t;
        }
        return t;
    }

    /** Makes the text now and lets go of the reader's buffer: for an origin kept past its event. */
    public Origin keep() {
        text();
        bytes = null;
        return this;
    }

    /** {@code mail.log:88}, as an operator would open it in an editor. */
    public String place() {
        long number = line();
        return number > 0 ? source + ":" + number : source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Origin other && line() == other.line() && source.equals(other.source)
                && Objects.equals(text(), other.text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, line(), text());
    }

    @Override
    public String toString() {
        return place();
    }
}
