package org.smtpsentry.detect.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.smtpsentry.detect.Detection;
import org.smtpsentry.detect.Rule;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.LocalSubmission;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.MailFrom;
import org.smtpsentry.event.trail.MessageTrail;
import org.smtpsentry.event.trail.Trail;
import org.smtpsentry.text.Numbers;
import org.smtpsentry.verdict.AbusedLocalScript;
import org.smtpsentry.verdict.Evidence;
import org.smtpsentry.verdict.Ranking;
import org.smtpsentry.verdict.Span;
import org.smtpsentry.verdict.Traffic;
import org.smtpsentry.verdict.Verdict;

/**
 * Bulk mail submitted on the server itself (Postfix pickup by uid, Exim's U= and Sendmail by user name): one Unix
 * user sends to at least
 * {@code maxrecipients} external recipients within {@code findtime}. A web form abused through PHP's mail() shows up
 * as the web server's uid; cron mail to root and local notifications never count, being local.
 */
public final class LocalScripts implements Rule {
    /** The kinds of event it reads. */
    private static final Set<Class<? extends MailEvent>> READS = Set.of(
            LocalSubmission.class, MailFrom.class, DeliveryAttempt.class);

    public record Settings(Duration findtime, int maxrecipients) {
        public static final Settings DEFAULT = new Settings(Duration.ofHours(1), 50);
    }

    private final Settings settings;
    private final Map<Submitter.Key, Submitter> submitters = new HashMap<>();

    public LocalScripts(Settings settings) {
        this.settings = settings;
    }

    private final class Submitter {
        /** Postfix logs the uid, Exim and Sendmail the user name: one of the two names the submitter. */
        record Key(int uid, String user) {
            static Key of(int uid, String user) {
                return uid >= 0 ? new Key(uid, null) : user != null ? new Key(-1, user) : null;
            }

            // written out: a map key's generated methods would go through method handles (see MailEvent)
            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && uid == k.uid && Objects.equals(user, k.user);
            }

            @Override
            public int hashCode() {
                return 31 * uid + (user == null ? 0 : user.hashCode());
            }
        }

        final SenderTraffic traffic = new SenderTraffic(settings.findtime());
        final Map<String, Integer> senders = new HashMap<>();
        String user;
        Instant flagged;
        List<String> reasons = List.of();
    }

    @Override
    public Set<Class<? extends MailEvent>> reads() {
        return READS;
    }

    @Override
    public void observe(MailEvent event, Trail before, Detection detection) {
        if (event instanceof LocalSubmission l) {
            Submitter.Key key = Submitter.Key.of(l.uid(), l.user());
            if (key != null) {
                Submitter s = submitters.get(key);
                if (s == null) { // not computeIfAbsent: no lambda on a per-event path (see MailEvent)
                    s = new Submitter();
                    submitters.put(key, s);
                }
                if (l.user() != null) {
                    s.user = l.user();
                } else if (s.user == null && !l.sender().isNullSender() && l.sender().domain().isEmpty()) {
                    s.user = l.sender().address(); // pickup's from=<www-data>: the submitting user's login name
                }
                s.traffic.message(l.time(), l.origin());
            }
        } else if (event instanceof MailFrom f) {
            MessageTrail m = before.message(f.queueId());
            if (m != null && m.isLocal() && m.sender() == null) {
                Submitter s = submitters.get(Submitter.Key.of(m.localUid(), m.localUser()));
                if (s != null && s.senders.size() < 1000) {
                    String sender = f.sender().isNullSender() ? "<>" : f.sender().address();
                    Integer n = s.senders.get(sender);
                    s.senders.put(sender, n == null ? 1 : n + 1);
                }
            }
        } else if (event instanceof DeliveryAttempt d) {
            MessageTrail m = before.message(d.queueId());
            Submitter.Key key = m == null ? null : Submitter.Key.of(m.localUid(), m.localUser());
            Submitter s = key == null ? null : submitters.get(key);
            if (s != null) {
                s.traffic.delivery(d, m.status(d.recipient()), detection.localDomains());
                check(key, s, detection);
            }
        }
    }

    private void check(Submitter.Key key, Submitter s, Detection detection) {
        if (s.flagged != null) {
            return;
        }
        Instant now = detection.now();
        int external = s.traffic.inWindow(SenderTraffic.EXTERNAL, now);
        if (external >= settings.maxrecipients()) {
            int messages = s.traffic.inWindow(SenderTraffic.MESSAGES, now);
            int recipients = s.traffic.inWindow(SenderTraffic.RECIPIENTS, now);
            int undeliverable = s.traffic.inWindow(SenderTraffic.UNDELIVERABLE, now);
            s.flagged = now;
            s.reasons = List.of(Numbers.count(external) + " external recipients within "
                    + Numbers.duration(settings.findtime()) + " in " + Numbers.count(messages)
                    + " messages submitted locally, " + Numbers.percent(undeliverable, recipients)
                    + " deferred or bounced");
            detection.flag(verdict(key, s));
        }
    }

    @Override
    public List<Verdict> findings() {
        List<Verdict> found = new ArrayList<>();
        submitters.forEach((key, s) -> {
            if (s.flagged != null) {
                found.add(verdict(key, s));
            }
        });
        return found;
    }

    private AbusedLocalScript verdict(Submitter.Key key, Submitter s) {
        List<Traffic.Count> senders = Ranking.top(s.senders, Integer::longValue, 5).stream()
                .map(e -> new Traffic.Count(e.getKey(), e.getValue().intValue())).toList();
        return new AbusedLocalScript(key.uid(), s.user, new Span(s.traffic.first, s.flagged, s.traffic.last),
                s.traffic.traffic(), senders, s.reasons, new Evidence(s.traffic.samples.all()));
    }
}
