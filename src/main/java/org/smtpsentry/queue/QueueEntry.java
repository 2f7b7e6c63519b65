package org.smtpsentry.queue;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.smtpsentry.event.QueueId;

/** One message of a queue before it is read; reading it may find it gone (delivered or removed meanwhile). */
public interface QueueEntry {

    QueueId id();

    /** Reads the envelope and headers, and the whole text too when {@code withContent}; empty when gone. */
    Optional<Loaded> load(boolean withContent);

    /**
     * Reads what counting needs (the envelope, login, client and local user), as cheaply as the queue allows; the
     * subject may be left "" (a Postfix queue file's text is then skipped). Empty when gone.
     */
    default Optional<Loaded> loadEnvelope() {
        return load(false);
    }

    /** How far a message is read. */
    enum Depth {
        /** What counting needs: {@link #loadEnvelope()}. */
        ENVELOPE,
        /** The envelope and headers: {@code load(false)}. */
        HEADERS,
        /** The whole text too: {@code load(true)}. */
        WHOLE
    }

    /** Reads the message as far as {@code depth} asks; empty when gone. */
    default Optional<Loaded> load(Depth depth) {
        return switch (depth) {
            case ENVELOPE -> loadEnvelope();
            case HEADERS -> load(false);
            case WHOLE -> load(true);
        };
    }

    /** Reads {@code entries} as far as {@code depth} asks, in parallel and in no order, leaving out those gone. */
    static Stream<Read> readAll(List<QueueEntry> entries, Depth depth) {
        return entries.parallelStream().mapMulti((QueueEntry entry, Consumer<Read> read) ->
                entry.load(depth).ifPresent(loaded -> read.accept(new Read(entry, loaded))));
    }

    /** A message read, and its entry: to act on it or to read it again. */
    record Read(QueueEntry entry, Loaded loaded) {
    }

    /**
     * A message read from the queue; {@code content} is null when it was not asked for. {@code envelopeOnly} when
     * only the MTA's listing was readable: no login, client, local user or subject.
     */
    record Loaded(QueuedMessage message, MessageContent content, boolean envelopeOnly) {
        public Loaded(QueuedMessage message, MessageContent content) {
            this(message, content, false);
        }
    }
}
