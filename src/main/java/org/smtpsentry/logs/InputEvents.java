package org.smtpsentry.logs;

import java.io.EOFException;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.smtpsentry.UserError;
import org.smtpsentry.event.LinesBefore;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.Origin;
import org.smtpsentry.logs.DecodedPieces.Decoded;
import org.smtpsentry.logs.LogPieces.Piece;

/**
 * The events of one input, in the order of its lines: read in pieces and decoded on two threads (see
 * {@link DecodedPieces}), so inputs can be merged in time order with bounded memory. The format is detected from the
 * first lines unless one is given.
 */
final class InputEvents {
    private static final int HEAD_LINES = 50;
    static final int MAX_LINE = 64 * 1024;
    /** Pieces of 256 KB: about 1,700 lines of a mail.log, few enough that handing them over costs nothing. */
    static final int PIECE = 256 * 1024;
    /** Lines of several processes interleave a little out of order; an hour back (in seconds) is a broken log. */
    private static final long BACKWARDS = 3600;

    private final LogInput input;
    private final LogPieces pieces;
    private final LogFormat format;
    private final LogSource source;
    private final DecodedPieces decoded;
    /** What the events pass through in order (a session's login carried to its messages); null until needed. */
    private InOrder inOrder;
    private final NotUnderstood notUnderstood = new NotUnderstood();
    private final Set<Class<? extends MailEvent>> read;
    /** The events of the piece being handed out: an array, which the JIT reads without a call or a cast an event. */
    private MailEvent[] current = new MailEvent[0];
    private int next;
    private long lines;
    private Instant earliest;
    /** The epoch second of the latest event so far: compared as a number, with no {@code Instant} made per event. */
    private long latest = Long.MIN_VALUE;

    /** An input whose events of the kinds in {@code read} are wanted (others may be left out). */
    InputEvents(LogInput input, LogFormat forced, ZoneId zone, Set<Class<? extends MailEvent>> read) {
        this(input, forced, zone, read, PIECE);
    }

    /** With pieces of {@code pieceSize} bytes (tests use small ones, to cross many pieces' ends). */
    InputEvents(LogInput input, LogFormat forced, ZoneId zone, Set<Class<? extends MailEvent>> read, int pieceSize) {
        this.input = input;
        this.read = read;
        this.pieces = new LogPieces(input.open(), pieceSize, MAX_LINE);
        Piece first = pieces.next();
        List<String> sample = new ArrayList<>();
        if (head(first, sample) < HEAD_LINES && first != null && first.failure() != null) {
            close();
            throw new UserError(input.name() + ": cannot read: " + first.failure().getMessage()
                    + "; nothing analysed", first.failure());
        }
        this.format = forced != null ? forced : LogFormats.detect(sample).orElseThrow(() -> {
            close();
            return new UserError(input.name() + ": not a mail log this version knows"
                    + (sample.isEmpty() ? " (it is empty)" : " (first line: " + abbreviate(sample.get(0)) + ")")
                    + "; name its format with --format (" + formatNames() + "); nothing analysed");
        });
        this.source = new LogSource(input.name(), input.path(), input.modified(), zone);
        this.decoded = new DecodedPieces(input.name(), pieces, first, () -> format.decoder(source), this::decode);
    }

    /** Adds the first lines of {@code first} that are not blank to {@code sample}; returns how many lines it read. */
    private static int head(Piece first, List<String> sample) {
        if (first == null) {
            return 0;
        }
        LineReader reader = new LineReader(first.bytes(), first.length(), MAX_LINE);
        int n = 0;
        try {
            for (String line = reader.next(); line != null && n < HEAD_LINES; line = reader.next()) {
                n++;
                if (!line.isBlank()) {
                    sample.add(line);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("a piece's lines are in memory", e);
        }
        return n;
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
        return pieces.bytesRead();
    }

    /** What this input held that was not understood; read after it was decoded to the end. */
    NotUnderstood notUnderstood() {
        return notUnderstood;
    }

    /** The time of this input's first event, or null when it had none; read after it was decoded to the end. */
    Instant earliest() {
        return earliest;
    }

    /** Lines read so far. */
    long lines() {
        return lines;
    }

    /** The next event, in the order of the lines, or null at the end of the input. */
    MailEvent next() {
        while (next == current.length) {
            Decoded piece = decoded.next();
            if (piece == null) {
                close();
                return null;
            }
            take(piece);
        }
        MailEvent event = current[next++];
        if (inOrder != null) {
            event = inOrder.next(event);
        }
        checkTime(event);
        return event;
    }

    /** The events of the next piece, numbered after the lines before it. */
    private void take(Decoded piece) {
        if (piece.passInOrder() && inOrder == null) {
            inOrder = format.inOrder();
        }
        piece.before().set(lines);
        lines += piece.lines();
        if (piece.notUnderstood() != null) {
            notUnderstood.add(piece.notUnderstood());
        }
        IOException failure = piece.piece().failure();
        if (failure != null) {
            notUnderstood.add(failure instanceof EOFException
                    ? "input cut short (truncated file); the lines before were read"
                    : "input unreadable (" + failure.getMessage() + "); the lines before were read",
                    new Origin(input.name(), lines + 1, null));
        }
        current = piece.events();
        next = 0;
    }

    private void checkTime(MailEvent event) {
        Instant t = event.time();
        long second = t.getEpochSecond();
        if (earliest == null) {
            earliest = t;
        } else if (second < latest - BACKWARDS) {
            notUnderstood.add("time runs backwards by more than an hour (lines out of order, or a log of more than a"
                    + " year whose timestamps carry no year)", event.origin());
        }
        if (second > latest) {
            latest = second;
        }
    }

    /** Decodes one piece with {@code decoder}; on the thread that read it. */
    private Decoded decode(Piece piece, LineDecoder decoder) {
        LinesBefore before = new LinesBefore();
        PieceSink sink = new PieceSink(piece.length() / 128 + 16, read);
        LineReader reader = new LineReader(piece.bytes(), piece.length(), MAX_LINE);
        int n = 0;
        try {
            while (reader.advance()) {
                n++;
                LineBytes line = reader.lastLine();
                if (line.to() > line.from()) {
                    Origin origin = Origin.ofLine(input.name(), before, n, line.bytes(), line.from(), line.to(),
                            line.ascii());
                    if (reader.lastWasCut()) {
                        sink.notUnderstood("line longer than " + MAX_LINE / 1024 + " KiB (cut)", origin);
                    }
                    decoder.decode(line, origin, sink);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("a piece's lines are in memory", e);
        }
        return new Decoded(piece, before, sink.events(), sink.notUnderstood, n, sink.passInOrder);
    }

    /** Where a piece's events go. */
    private static final class PieceSink implements EventSink {
        final Set<Class<? extends MailEvent>> read;
        private MailEvent[] events;
        private int count;
        NotUnderstood notUnderstood;
        boolean passInOrder;

        PieceSink(int room, Set<Class<? extends MailEvent>> read) {
            this.events = new MailEvent[room];
            this.read = read;
        }

        @Override
        public void accept(MailEvent event) {
            if (count == events.length) {
                events = Arrays.copyOf(events, count * 2);
            }
            events[count++] = event;
        }

        MailEvent[] events() {
            return Arrays.copyOf(events, count);
        }

        @Override
        public boolean wants(Class<? extends MailEvent> kind) {
            return read.contains(kind);
        }

        @Override
        public void passInOrder() {
            passInOrder = true;
        }

        @Override
        public void notUnderstood(String kind, Origin where) {
            if (notUnderstood == null) {
                notUnderstood = new NotUnderstood();
            }
            notUnderstood.add(kind, where);
        }
    }

    /** Closes the input. */
    void close() {
        try {
            pieces.close();
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
