package org.smtpsentry.logs;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.UserError;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.Origin;

/**
 * The events of one input, pulled a batch at a time: lines are read and decoded only as far as needed, so inputs can
 * be merged in time order with bounded memory. The format is detected from the first lines unless one is given.
 */
final class InputEvents implements EventSink {
    private static final int HEAD_LINES = 50;
    static final int MAX_LINE = 64 * 1024;
    /** Lines of several processes interleave a little out of order; an hour back is a broken log. */
    private static final Duration BACKWARDS = Duration.ofHours(1);

    private final LogInput input;
    private final NotUnderstood notUnderstood = new NotUnderstood();
    /** Where the decoder's events go: the batch being filled. */
    private List<MailEvent> ready;
    private final ArrayDeque<HeadLine> head = new ArrayDeque<>();
    private final LineReader reader;
    private final LogFormat format;
    private final LineDecoder decoder;
    private final LogSource source;
    private long lineNumber;
    private boolean done;
    private boolean lastWasCut;
    private Instant earliest;
    private Instant latest;
    /** An hour before {@link #latest}: an event before it is out of order. */
    private Instant tooEarly;

    /** A line read ahead to detect the format, and whether it was cut. */
    private record HeadLine(String text, boolean cut) {
    }

    InputEvents(LogInput input, LogFormat forced, ZoneId zone) {
        this.input = input;
        InputStream stream = input.open();
        this.reader = new LineReader(stream, MAX_LINE);
        List<String> sample = new ArrayList<>();
        try {
            while (head.size() < HEAD_LINES) {
                String line = reader.next();
                if (line == null) {
                    break;
                }
                head.add(new HeadLine(line, reader.lastWasCut()));
                if (!line.isBlank()) {
                    sample.add(line);
                }
            }
        } catch (IOException e) {
            throw new UserError(input.name() + ": cannot read: " + e.getMessage() + "; nothing analysed", e);
        }
        this.format = forced != null ? forced : LogFormats.detect(sample).orElseThrow(() -> new UserError(
                input.name() + ": not a mail log this version knows"
                        + (sample.isEmpty() ? " (it is empty)" : " (first line: " + abbreviate(sample.get(0)) + ")")
                        + "; name its format with --format (" + formatNames() + "); nothing analysed"));
        this.source = new LogSource(input.name(), input.path(), input.modified(), zone);
        this.decoder = format.decoder(source);
        this.done = false;
    }

    String name() {
        return input.name();
    }

    LogFormat format() {
        return format;
    }

    /** What a transcript needs to read this input again. */
    TranscriptReader.Opened opened() {
        return new TranscriptReader.Opened(input, format, source);
    }

    /** Read by the progress display from another thread: a slightly stale figure is fine. */
    long bytesRead() {
        return reader.bytesRead();
    }

    /** What this input held that was not understood; read after it was decoded to the end. */
    NotUnderstood notUnderstood() {
        return notUnderstood;
    }

    /** The time of this input's first event, or null when it had none; read after it was decoded to the end. */
    Instant earliest() {
        return earliest;
    }

    long lines() {
        return lineNumber;
    }

    /**
     * Adds this input's next events to {@code batch} until it holds at least {@code size} (a line's events are never
     * split) or the input ends; false when it has ended.
     */
    boolean fill(List<MailEvent> batch, int size) {
        ready = batch;
        while (batch.size() < size && !done) {
            LineBytes line = nextLine();
            if (line == null) {
                done = true;
                decoder.finish(this);
                close();
            } else if (line.to() > line.from()) {
                Origin origin = Origin.ofLine(input.name(), lineNumber, line.bytes(), line.from(), line.to(),
                        line.ascii());
                if (lastWasCut) {
                    notUnderstood("line longer than " + MAX_LINE / 1024 + " KiB (cut)", origin);
                }
                decoder.decode(line, origin, this);
            }
        }
        ready = null;
        return !done;
    }

    /** The bytes of the next line, or null at the end of the input. */
    private LineBytes nextLine() {
        HeadLine ahead = head.poll();
        LineBytes line;
        if (ahead != null) {
            line = LineBytes.of(ahead.text()); // read ahead to detect the format
            lastWasCut = ahead.cut();
        } else {
            try {
                line = reader.advance() ? reader.lastLine() : null;
                lastWasCut = reader.lastWasCut();
            } catch (EOFException e) {
                notUnderstood("input cut short (truncated file); the lines before were read",
                        Origin.of(input.name() + ":" + (lineNumber + 1)));
                return null;
            } catch (IOException e) {
                notUnderstood("input unreadable (" + e.getMessage() + "); the lines before were read",
                        Origin.of(input.name() + ":" + (lineNumber + 1)));
                return null;
            }
        }
        if (line != null) {
            lineNumber++;
        }
        return line;
    }

    @Override
    public void accept(MailEvent event) {
        Instant t = event.time();
        if (latest != null && t.isBefore(tooEarly)) {
            notUnderstood("time runs backwards by more than an hour (lines out of order, or a log of more than a"
                    + " year whose timestamps carry no year)", event.origin());
        }
        if (earliest == null) {
            earliest = t;
        }
        if (latest == null || t.isAfter(latest)) {
            latest = t;
            tooEarly = t.minus(BACKWARDS);
        }
        ready.add(event);
    }

    @Override
    public void notUnderstood(String kind, Origin where) {
        notUnderstood.add(kind, where);
    }

    /** Closes the input. */
    void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // everything was read; a failing close changes nothing
        }
    }

    /** The start of a line for an error message: at most 80 characters, control characters shown as '?'. */
    private static String abbreviate(String line) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(line.length(), 80); i++) {
            char c = line.charAt(i);
            b.append(Character.isISOControl(c) || c == '\uFFFD' ? '?' : c);
        }
        return line.length() > 80 ? b + "..." : b.toString();
    }

    private static String formatNames() {
        return String.join(", ", LogFormats.all().stream().map(LogFormat::name).toList());
    }
}
