package org.smtpsentry.logs;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.smtpsentry.UserError;
import org.smtpsentry.event.EventKinds;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.Origin;

/**
 * The events of several log inputs in one stream, in time order: rotated files (mail.log.2.gz, mail.log.1, mail.log)
 * and logs of different programs (mail.log and dovecot.log) are merged by event time, whatever order they are
 * named in. Within one input, events keep their order.
 */
public final class MailLogs {
    static final Set<Class<? extends MailEvent>> EVERY_KIND = Set.copyOf(EventKinds.ALL);

    private final List<InputEvents> inputs = new ArrayList<>();

    /** The logs, every kind of event read from them. */
    public MailLogs(List<LogInput> inputs, String format, ZoneId zone) {
        this(inputs, format, zone, EVERY_KIND);
    }

    /**
     * Opens every input (and detects its format) before anything is read, so a bad one fails at once; then each is
     * read and decoded ahead on a thread of its own while the caller gets ready. Events of a kind not in {@code read}
     * may be left out.
     */
    public MailLogs(List<LogInput> inputs, String format, ZoneId zone, Set<Class<? extends MailEvent>> read) {
        LogFormat forced = null;
        if (format != null) {
            forced = LogFormats.named(format).orElseThrow(() -> new UserError("--format " + format
                    + ": no such format; known: " + String.join(", ",
                    LogFormats.all().stream().map(LogFormat::name).toList()) + "; nothing analysed"));
        }
        try {
            for (LogInput input : inputs) {
                this.inputs.add(new InputEvents(input, forced, zone, read));
            }
        } catch (UserError e) {
            this.inputs.forEach(InputEvents::close);
            throw e;
        }
    }

    /**
     * What takes the events. Not a {@code Consumer<MailEvent>}: the erased {@code accept(Object)} of a lambda for it
     * casts every event to {@code MailEvent}, an interface, which the quick JIT checks by a call into the JVM each
     * time.
     */
    @FunctionalInterface
    public interface EventConsumer {
        void accept(MailEvent event);
    }

    /** Gives every event to {@code consumer}, in time order across inputs; once. */
    public void forEach(EventConsumer consumer) {
        if (inputs.size() == 1) {
            InputEvents only = inputs.get(0);
            for (MailEvent e = only.next(); e != null; e = only.next()) {
                consumer.accept(e);
            }
            return;
        }
        record Head(MailEvent event, int input) {
        }
        PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> {
            int byTime = a.event().time().compareTo(b.event().time());
            return byTime != 0 ? byTime : Integer.compare(a.input(), b.input());
        });
        for (int i = 0; i < inputs.size(); i++) {
            MailEvent e = inputs.get(i).next();
            if (e != null) {
                heads.add(new Head(e, i));
            }
        }
        while (!heads.isEmpty()) {
            Head h = heads.poll();
            consumer.accept(h.event());
            MailEvent e = inputs.get(h.input()).next();
            if (e != null) {
                heads.add(new Head(e, h.input()));
            }
        }
    }

    /** The lines not understood, all inputs, in the order of their first events (as they were merged). */
    public NotUnderstood notUnderstood() {
        NotUnderstood all = new NotUnderstood();
        List<InputEvents> byFirstEvent = new ArrayList<>(inputs);
        byFirstEvent.sort(MailLogs::byFirstEvent);
        for (InputEvents input : byFirstEvent) {
            all = all.then(input.notUnderstood());
        }
        return all;
    }

    /**
     * Inputs by the time of their first event, those without any last. Spelt out: the JDK's comparator combinators
     * link their lambdas at run time, some 5 ms of every report.
     */
    private static int byFirstEvent(InputEvents a, InputEvents b) {
        Instant x = a.earliest();
        Instant y = b.earliest();
        return x == null || y == null ? Boolean.compare(x == null, y == null) : x.compareTo(y);
    }

    /** Lines read so far, all inputs. */
    public long lines() {
        return inputs.stream().mapToLong(InputEvents::lines).sum();
    }

    /** Bytes read so far, all inputs (uncompressed). */
    public long bytesRead() {
        return inputs.stream().mapToLong(InputEvents::bytesRead).sum();
    }

    /**
     * Every log line of the SMTP session whose events came from {@code origins}, read again from the files after
     * {@link #forEach}; passwords in AUTH dialogues are masked unless {@code showSecrets}.
     */
    public SessionTranscript transcript(List<Origin> origins, boolean showSecrets) {
        return new TranscriptReader(inputs.stream().map(InputEvents::opened).toList(), TranscriptReader.HEAD,
                TranscriptReader.TAIL).read(origins, showSecrets);
    }

    /** The format of each input, in the order given. */
    public List<String> formats() {
        return inputs.stream().map(i -> i.format().name()).toList();
    }
}
