package org.smtpsentry.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.smtpsentry.event.Mailbox;

/**
 * Which queued messages an action applies to. Criteria combine with AND; the values of one criterion with OR.
 * Address, login and client patterns may use '*' as a wildcard; "@example.com" stands for "*@example.com".
 *
 * @param minSize  in bytes, 0 for no lower bound
 * @param maxSize  in bytes, {@link Long#MAX_VALUE} for no upper bound
 * @param minAge   only messages queued at least this long ago ({@link Duration#ZERO}: no bound)
 * @param maxAge   only messages queued at most this long ago (null: no bound)
 */
public record Selection(List<String> senders, List<String> recipients, List<String> recipientDomains,
                        List<String> logins, List<String> clients, List<String> localUsers, List<String> contains,
                        List<String> subjects, long minSize, long maxSize, Duration minAge, Duration maxAge,
                        List<String> queues) {

    public static final Selection EVERYTHING = new Selection(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), 0, Long.MAX_VALUE, Duration.ZERO, null, List.of());

    public Selection {
        senders = lower(senders);
        recipients = lower(recipients);
        recipientDomains = lower(recipientDomains).stream().map(d -> d.startsWith("@") ? d.substring(1) : d).toList();
        logins = lower(logins);
        clients = lower(clients);
        localUsers = List.copyOf(localUsers);
        contains = List.copyOf(contains);
        subjects = lower(subjects);
        queues = lower(queues);
        if (minSize < 0 || maxSize < minSize) {
            throw new IllegalArgumentException("size range " + minSize + ".." + maxSize);
        }
    }

    /** Whether no criterion is given: every message of the queue. */
    public boolean isEverything() {
        return senders.isEmpty() && recipients.isEmpty() && recipientDomains.isEmpty() && logins.isEmpty()
                && clients.isEmpty() && localUsers.isEmpty() && contains.isEmpty() && subjects.isEmpty()
                && minSize == 0 && maxSize == Long.MAX_VALUE && minAge.isZero() && maxAge == null && queues.isEmpty();
    }

    /** Whether matching needs the message text (headers and body), not only the envelope. */
    public boolean needsContent() {
        return !contains.isEmpty();
    }

    /** Whether matching needs the header section (subject) or more, not only the envelope and submission. */
    public boolean needsHeaders() {
        return !subjects.isEmpty() || needsContent();
    }

    /** Whether matching needs what only the queue file tells (login, client, local user, subject). */
    public boolean needsSubmission() {
        return !logins.isEmpty() || !clients.isEmpty() || !localUsers.isEmpty() || !subjects.isEmpty();
    }

    /**
     * Why {@code m} is selected (one line per criterion it meets), or empty when it is not. {@code content} is asked
     * only when every cheaper criterion holds; it returns null when the message is gone meanwhile.
     */
    public Optional<List<String>> reasons(QueuedMessage m, Supplier<MessageContent> content, Instant now) {
        List<String> why = new ArrayList<>();
        if (!queues.isEmpty()) {
            if (!queues.contains(m.queue().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            why.add("queue " + m.queue());
        }
        if (!senders.isEmpty()) {
            if (!anyMatches(senders, m.sender().address())) {
                return Optional.empty();
            }
            why.add("sender " + m.sender());
        }
        if (!recipients.isEmpty()) {
            Optional<Mailbox> hit = m.recipients().stream().filter(r -> anyMatches(recipients, r.address())).findFirst();
            if (hit.isEmpty()) {
                return Optional.empty();
            }
            why.add("recipient " + hit.get());
        }
        if (!recipientDomains.isEmpty()) {
            Optional<Mailbox> hit = m.recipients().stream().filter(r -> inDomains(r.domain())).findFirst();
            if (hit.isEmpty()) {
                return Optional.empty();
            }
            why.add("recipient domain " + hit.get().domain());
        }
        if (!logins.isEmpty()) {
            if (m.login().isEmpty() || !anyMatches(logins, m.login().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            why.add("login " + m.login());
        }
        if (!clients.isEmpty()) {
            if (m.client().isEmpty() || !anyMatches(clients, m.client().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            why.add("client " + m.client());
        }
        if (!localUsers.isEmpty()) {
            if (m.localUser().isEmpty() || !localUsers.contains(m.localUser())) {
                return Optional.empty();
            }
            why.add("local user " + m.localUser());
        }
        if (!subjects.isEmpty()) {
            String subject = m.subject().toLowerCase(Locale.ROOT);
            if (subjects.stream().noneMatch(subject::contains)) {
                return Optional.empty();
            }
            why.add("subject \"" + m.subject() + "\"");
        }
        if (m.size() < minSize || m.size() > maxSize) {
            return Optional.empty();
        }
        if (minSize > 0 || maxSize < Long.MAX_VALUE) {
            why.add("size " + m.size());
        }
        Duration age = Duration.between(m.arrival(), now);
        if (age.compareTo(minAge) < 0 || (maxAge != null && age.compareTo(maxAge) > 0)) {
            return Optional.empty();
        }
        if (!minAge.isZero() || maxAge != null) {
            why.add("age " + Ages.of(age));
        }
        if (!contains.isEmpty()) {
            MessageContent text = content.get();
            if (text == null) {
                return Optional.empty();
            }
            Optional<String> hit = contains.stream().filter(text::contains).findFirst();
            if (hit.isEmpty()) {
                return Optional.empty();
            }
            why.add("contains \"" + hit.get() + "\"");
        }
        if (why.isEmpty()) {
            why.add("every message");
        }
        return Optional.of(List.copyOf(why));
    }

    private boolean inDomains(String domain) {
        for (String d : recipientDomains) {
            if (domain.equals(d) || domain.endsWith("." + d)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyMatches(List<String> patterns, String value) {
        for (String p : patterns) {
            if (Glob.matches(p.startsWith("@") ? "*" + p : p, value)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty()).toList();
    }

    /** Builds a selection criterion by criterion. */
    public static final class Builder {
        private final List<String> senders = new ArrayList<>();
        private final List<String> recipients = new ArrayList<>();
        private final List<String> recipientDomains = new ArrayList<>();
        private final List<String> logins = new ArrayList<>();
        private final List<String> clients = new ArrayList<>();
        private final List<String> localUsers = new ArrayList<>();
        private final List<String> contains = new ArrayList<>();
        private final List<String> subjects = new ArrayList<>();
        private final List<String> queues = new ArrayList<>();
        private long minSize;
        private long maxSize = Long.MAX_VALUE;
        private Duration minAge = Duration.ZERO;
        private Duration maxAge;

        public Builder sender(String v) {
            senders.add(v);
            return this;
        }

        public Builder recipient(String v) {
            recipients.add(v);
            return this;
        }

        public Builder recipientDomain(String v) {
            recipientDomains.add(v);
            return this;
        }

        public Builder login(String v) {
            logins.add(v);
            return this;
        }

        public Builder client(String v) {
            clients.add(v);
            return this;
        }

        public Builder localUser(String v) {
            localUsers.add(v);
            return this;
        }

        public Builder contains(String v) {
            contains.add(v);
            return this;
        }

        public Builder subject(String v) {
            subjects.add(v);
            return this;
        }

        public Builder queue(String v) {
            queues.add(v);
            return this;
        }

        public Builder size(long min, long max) {
            minSize = min;
            maxSize = max;
            return this;
        }

        /** Queued at least {@code min} and, when {@code max} is not null, at most {@code max} ago. */
        public Builder age(Duration min, Duration max) {
            minAge = min;
            maxAge = max;
            return this;
        }

        public Selection build() {
            return new Selection(senders, recipients, recipientDomains, logins, clients, localUsers, contains,
                    subjects, minSize, maxSize, minAge, maxAge, queues);
        }
    }
}
