package org.smtpsentry.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.smtpsentry.UserError;
import org.smtpsentry.queue.Finding;
import org.smtpsentry.queue.Selection;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The filters of queue list, stats, hold, release and purge; they combine (AND), repeated values are alternatives. */
final class SelectionOptions {
    @Option(names = "--sender", paramLabel = "ADDR", description = "Envelope sender ('*' wildcard, @domain).")
    List<String> senders = new ArrayList<>();

    @Option(names = "--recipient", paramLabel = "ADDR", description = "A recipient ('*' wildcard, @domain).")
    List<String> recipients = new ArrayList<>();

    @Option(names = "--recipient-domain", paramLabel = "DOMAIN", description = "A recipient in this domain or below.")
    List<String> recipientDomains = new ArrayList<>();

    @Option(names = "--login", paramLabel = "LOGIN", description = "The SASL login that submitted it ('*' wildcard).")
    List<String> logins = new ArrayList<>();

    @Option(names = "--client", paramLabel = "IP", description = "The client IP that submitted it ('*' wildcard).")
    List<String> clients = new ArrayList<>();

    @Option(names = "--local-user", paramLabel = "UID", description = "Submitted locally (sendmail) by this uid/user.")
    List<String> localUsers = new ArrayList<>();

    @Option(names = "--contains", paramLabel = "TEXT",
            description = "Text in the headers or body (ASCII case ignored; the body is not MIME-decoded).")
    List<String> contains = new ArrayList<>();

    @Option(names = "--subject", paramLabel = "TEXT", description = "Text in the Subject (case ignored).")
    List<String> subjects = new ArrayList<>();

    @Option(names = "--min-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "At least this size (bytes, or 10k, 2M).")
    long minSize;

    @Option(names = "--max-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "At most this size (bytes, or 10k, 2M).")
    Long maxSize;

    @Option(names = "--older-than", paramLabel = "AGE", converter = AgeConverter.class,
            description = "Queued at least this long ago (90s, 30m, 2h, 3d).")
    Duration olderThan;

    @Option(names = "--newer-than", paramLabel = "AGE", converter = AgeConverter.class,
            description = "Queued at most this long ago (90s, 30m, 2h, 3d).")
    Duration newerThan;

    @Option(names = "--queue", paramLabel = "NAME",
            description = "Queue name: deferred, active, hold, incoming (Postfix); input, frozen (Exim); a folder.")
    List<String> queues = new ArrayList<>();

    @Option(names = "--from-finding", paramLabel = "FILE",
            description = "The accounts flagged in this output of smtpsentry analyze --json (their logins, and "
                    + "local scripts' users).")
    Path finding;

    Selection selection() {
        List<String> l = new ArrayList<>(logins);
        List<String> u = new ArrayList<>(localUsers);
        if (finding != null) {
            Finding f = Finding.read(finding);
            l.addAll(f.logins());
            u.addAll(f.localUsers());
        }
        if (maxSize != null && maxSize < minSize) {
            throw new UserError("--max-size " + maxSize + " is below --min-size " + minSize
                    + "; nothing selected");
        }
        return new Selection(senders, recipients, recipientDomains, l, clients, u, contains, subjects, minSize,
                maxSize == null ? Long.MAX_VALUE : maxSize, olderThan == null ? Duration.ZERO : olderThan, newerThan,
                queues);
    }

    /** The criteria as given, for the manifest: "--login spam@example.com --contains 'cheap'". */
    String describe() {
        StringBuilder b = new StringBuilder();
        senders.forEach(v -> b.append(" --sender ").append(v));
        recipients.forEach(v -> b.append(" --recipient ").append(v));
        recipientDomains.forEach(v -> b.append(" --recipient-domain ").append(v));
        logins.forEach(v -> b.append(" --login ").append(v));
        clients.forEach(v -> b.append(" --client ").append(v));
        localUsers.forEach(v -> b.append(" --local-user ").append(v));
        contains.forEach(v -> b.append(" --contains '").append(v).append('\''));
        subjects.forEach(v -> b.append(" --subject '").append(v).append('\''));
        if (minSize > 0) {
            b.append(" --min-size ").append(minSize);
        }
        if (maxSize != null) {
            b.append(" --max-size ").append(maxSize);
        }
        if (olderThan != null) {
            b.append(" --older-than ").append(olderThan.toSeconds()).append('s');
        }
        if (newerThan != null) {
            b.append(" --newer-than ").append(newerThan.toSeconds()).append('s');
        }
        queues.forEach(v -> b.append(" --queue ").append(v));
        if (finding != null) {
            b.append(" --from-finding ").append(finding);
        }
        return b.isEmpty() ? "every message" : b.substring(1);
    }

    static final class SizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            long unit = 1;
            if (v.endsWith("k")) {
                unit = 1024;
            } else if (v.endsWith("m")) {
                unit = 1024 * 1024;
            } else if (v.endsWith("g")) {
                unit = 1024L * 1024 * 1024;
            }
            try {
                long n = Long.parseLong(unit == 1 ? v : v.substring(0, v.length() - 1));
                if (n < 0) {
                    throw new NumberFormatException();
                }
                return n * unit;
            } catch (NumberFormatException e) {
                throw new TypeConversionException("\"" + value + "\" is not a size (e.g. 5000, 10k, 2M)");
            }
        }
    }

    static final class AgeConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            try {
                char unit = v.charAt(v.length() - 1);
                long n = Long.parseLong(Character.isDigit(unit) ? v : v.substring(0, v.length() - 1));
                if (n < 0) {
                    throw new NumberFormatException();
                }
                return switch (unit) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    case 'd' -> Duration.ofDays(n);
                    case 'w' -> Duration.ofDays(7 * n);
                    default -> {
                        if (Character.isDigit(unit)) {
                            yield Duration.ofSeconds(n);
                        }
                        throw new NumberFormatException();
                    }
                };
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                throw new TypeConversionException("\"" + value + "\" is not an age (e.g. 90s, 30m, 2h, 3d)");
            }
        }
    }
}
