package org.smtpsentry.logs;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smtpsentry.UserError;
import org.smtpsentry.event.Origin;

/**
 * Reads a whole SMTP session back from its log files, given the lines its events came from. For each file, the
 * session's first and last event lines bound it: a second read streams the file up to the last one and keeps the
 * lines between that the format says belong to the same session (same IceWarp id, Exchange session-id, syslog
 * process). Standard input cannot be read twice, and a file rotated since the first read no longer has those lines:
 * then the lines the events carry are shown, and the transcript says so. Memory is bounded by the head and tail kept.
 */
final class TranscriptReader {
    static final int HEAD = 1_000;
    static final int TAIL = 1_000;

    /** An input as the first read opened it: where it is, its format, and what its decoder was given. */
    record Opened(LogInput input, LogFormat format, LogSource source) {
    }

    private final Map<String, Opened> inputs = new LinkedHashMap<>();
    private final int headKept;
    private final int tailKept;

    TranscriptReader(List<Opened> opened, int headKept, int tailKept) {
        for (Opened o : opened) {
            inputs.putIfAbsent(o.input().name(), o);
        }
        this.headKept = headKept;
        this.tailKept = tailKept;
    }

    /** The session whose events came from {@code origins} (in event order); passwords masked unless asked. */
    SessionTranscript read(List<Origin> origins, boolean showSecrets) {
        Map<String, List<Origin>> byFile = new LinkedHashMap<>();
        for (Origin o : origins) {
            if (o.line() > 0 && o.text() != null) {
                byFile.computeIfAbsent(o.source(), k -> new ArrayList<>()).add(o);
            }
        }
        Kept kept = new Kept(headKept, tailKept);
        Set<String> caveats = new LinkedHashSet<>();
        AuthDialogue auth = new AuthDialogue(showSecrets);
        for (Map.Entry<String, List<Origin>> file : byFile.entrySet()) {
            Opened opened = inputs.get(file.getKey());
            List<Origin> lines = file.getValue();
            long before = kept.added;
            String caveat;
            if (opened == null) {
                caveat = file.getKey() + ": not among the inputs";
            } else if (opened.input().path() == null) {
                caveat = "standard input is read only once: only the session's lines that became events are shown;"
                        + " give the log as a file to see the whole session";
            } else {
                caveat = reread(opened, lines, kept, auth);
            }
            if (caveat != null) {
                caveats.add(caveat);
                if (kept.added == before) {
                    eventLines(opened, lines, kept, auth);
                }
            }
        }
        return new SessionTranscript(List.copyOf(kept.head), kept.omitted, List.copyOf(kept.tail),
                List.copyOf(caveats));
    }

    /**
     * Reads the session's lines of one file into {@code kept}; null when done, else what went wrong (when nothing was
     * kept yet, the caller shows the event lines instead).
     */
    private static String reread(Opened opened, List<Origin> origins, Kept kept, AuthDialogue auth) {
        long first = Long.MAX_VALUE;
        long last = 0;
        for (Origin o : origins) {
            first = Math.min(first, o.line());
            last = Math.max(last, o.line());
        }
        Origin firstOrigin = null;
        Set<Long> eventLines = new LinkedHashSet<>();
        for (Origin o : origins) {
            eventLines.add(o.line());
            if (o.line() == first) {
                firstOrigin = o;
            }
        }
        LineDecoder decoder = opened.format().decoder(opened.source());
        String name = opened.input().name();
        String changed = name + " changed since it was read (rotated?): only the session's lines that became events"
                + " are shown";
        long n = 0;
        try (LineReader reader = new LineReader(opened.input().open(), InputEvents.MAX_LINE)) {
            String session = null;
            for (String line = reader.next(); line != null && n < last; line = reader.next()) {
                n++;
                Optional<InSession> at = decoder.sessionOf(line);
                if (n < first) {
                    continue;
                }
                if (n == first) {
                    if (!line.equals(firstOrigin.text())) {
                        return changed;
                    }
                    if (at.isEmpty()) {
                        return "the " + opened.format().name() + " log does not name the session on this line:"
                                + " only the session's lines that became events are shown";
                    }
                    session = at.get().session();
                }
                if (at.isPresent() && at.get().session().equals(session)) {
                    AuthDialogue.Shown shown = auth.show(line, at.get());
                    kept.add(new SessionTranscript.Line(name + ":" + n, shown.text(), shown.note()));
                } else if (eventLines.contains(n)) {
                    kept.add(new SessionTranscript.Line(name + ":" + n, line, null));
                }
            }
        } catch (IOException e) {
            return name + ": could not be read again to the session's end (" + e.getMessage() + ")";
        } catch (UserError e) {
            return name + ": cannot be opened again (deleted or no longer readable): only the session's lines that"
                    + " became events are shown";
        }
        if (n < first) {
            return changed;
        }
        return n < last ? name + " is shorter than when it was read: the session's lines after line " + n
                + " are missing" : null;
    }

    /** The lines the events carry, when the file cannot be read again. */
    private void eventLines(Opened opened, List<Origin> origins, Kept kept, AuthDialogue auth) {
        LineDecoder decoder = opened == null ? null : opened.format().decoder(opened.source());
        Set<Long> printed = new LinkedHashSet<>();
        for (Origin o : origins) {
            if (printed.add(o.line())) {
                Optional<InSession> at = decoder == null ? Optional.empty() : decoder.sessionOf(o.text());
                AuthDialogue.Shown shown = at.map(s -> auth.show(o.text(), s))
                        .orElse(new AuthDialogue.Shown(o.text(), null));
                kept.add(new SessionTranscript.Line(o.place(), shown.text(), shown.note()));
            }
        }
    }

    /** The first lines, the last lines, and how many between were dropped. */
    private static final class Kept {
        final List<SessionTranscript.Line> head = new ArrayList<>();
        final ArrayDeque<SessionTranscript.Line> tail = new ArrayDeque<>();
        final int headKept;
        final int tailKept;
        long omitted;
        long added;

        Kept(int headKept, int tailKept) {
            this.headKept = headKept;
            this.tailKept = tailKept;
        }

        void add(SessionTranscript.Line line) {
            added++;
            if (head.size() < headKept) {
                head.add(line);
                return;
            }
            tail.add(line);
            if (tail.size() > tailKept) {
                tail.poll();
                omitted++;
            }
        }
    }
}
