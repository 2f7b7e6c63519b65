package org.smtpsentry.detect.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smtpsentry.detect.Detection;
import org.smtpsentry.detect.RecentTimes;
import org.smtpsentry.detect.Rule;
import org.smtpsentry.detect.Samples;
import org.smtpsentry.event.AuthFailure;
import org.smtpsentry.event.AuthSuccess;
import org.smtpsentry.event.Disconnect;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.Reporter;
import org.smtpsentry.event.trail.SessionTrail;
import org.smtpsentry.event.trail.Trail;
import org.smtpsentry.verdict.AttackingIp;
import org.smtpsentry.verdict.Evidence;
import org.smtpsentry.verdict.Span;
import org.smtpsentry.verdict.Verdict;

/**
 * Password guessing on SMTP AUTH: {@code maxretry} failed attempts from one IP within {@code findtime}.
 *
 * <p>One failed AUTH is often logged twice, by Postfix and by Dovecot; the two reporters are counted apart and an
 * IP's attempts are the larger of the two, so nothing is counted twice and nothing is lost when only one log is given.
 * A login from the IP after its first failure (a message sent under a SASL name, or a successful AUTH the log only
 * counts) means the attacker found a password.
 */
public final class BruteForce implements Rule {
    /** The kinds of event it reads. */
    private static final Set<Class<? extends MailEvent>> READS = Set.of(
            AuthFailure.class, MessageAccepted.class, AuthSuccess.class, Disconnect.class);

    /** fail2ban's words; defaults as in the README. */
    public record Settings(int maxretry, Duration findtime) {
        public static final Settings DEFAULT = new Settings(10, Duration.ofMinutes(10));
    }

    private static final int USERS_KEPT = 50;
    private static final int USERS_COUNTED = 100_000;
    private static final int SAMPLE_FAILURE = 0;
    private static final int SAMPLE_LOGIN = 1;

    private static final int SWEEP_EVERY = 100_000;

    private final Settings settings;
    private final Map<String, Source> sources = new HashMap<>();
    /** Events until the next sweep of quiet sources (a countdown: no long division an event, see MailEvent). */
    private int untilSweep = SWEEP_EVERY;

    public BruteForce(Settings settings) {
        this.settings = settings;
    }

    /** What one IP did. */
    private final class Source extends IpActivity {
        final RecentTimes[] recent = {new RecentTimes(settings.maxretry()), new RecentTimes(settings.maxretry())};
        final int[] failures = new int[2];
        final Set<String> users = new LinkedHashSet<>();
        final Set<String> loginsAfter = new LinkedHashSet<>();
        final Samples samples = new Samples(2, 3);
        int successesWithoutName;

        int attempts() {
            return Math.max(failures[0], failures[1]);
        }
    }

    @Override
    public Set<Class<? extends MailEvent>> reads() {
        return READS;
    }

    @Override
    public void observe(MailEvent event, Trail before, Detection detection) {
        if (event instanceof AuthFailure f) {
            if (f.clientIp() != null && !detection.ignored().contains(f.clientIp())) {
                failure(f, detection);
            }
        } else if (event instanceof MessageAccepted a) {
            if (a.login() != null) {
                login(a.clientIp(), a.login(), a, detection);
            }
        } else if (event instanceof AuthSuccess s) {
            if (s.user() != null) {
                login(s.clientIp(), s.user(), s, detection);
            }
        } else if (event instanceof Disconnect d && d.authSucceeded() > 0) {
            SessionTrail session = before.session(d.session());
            Source source = sources.get(d.clientIp());
            if (source != null && (session == null || session.login() == null)) {
                source.successesWithoutName++;
                source.samples.offer(SAMPLE_LOGIN, d.origin());
            }
        }
        if (--untilSweep == 0) {
            untilSweep = SWEEP_EVERY;
            IpActivity.forgetQuiet(sources, detection.now().minus(settings.findtime()));
        }
    }

    private void failure(AuthFailure f, Detection detection) {
        Source s = sources.get(f.clientIp());
        if (s == null) { // not computeIfAbsent: no lambda on a per-event path (see MailEvent)
            s = new Source();
            sources.put(f.clientIp(), s);
        }
        int reporter = f.reporter() == Reporter.MTA ? 0 : 1;
        s.failures[reporter]++;
        s.recent[reporter].add(f.time());
        if (f.user() != null && s.users.size() < USERS_COUNTED) {
            s.users.add(f.user());
        }
        s.seen(f.time());
        s.samples.offer(SAMPLE_FAILURE, f.origin());
        if (s.flagged == null && s.recent[reporter].reached(detection.now(), settings.findtime())) {
            s.flagged = detection.now();
            detection.flag(verdict(f.clientIp(), s));
        }
    }

    private void login(String ip, String login, MailEvent event, Detection detection) {
        Source s = ip == null ? null : sources.get(ip);
        if (s != null && s.loginsAfter.add(login.toLowerCase(java.util.Locale.ROOT))) {
            s.samples.offer(SAMPLE_LOGIN, event.origin());
        }
    }

    @Override
    public List<Verdict> findings() {
        return AttackerFindings.of(sources, BruteForce::verdict);
    }

    private static AttackingIp verdict(String ip, Source s) {
        List<String> users = s.users.stream().limit(USERS_KEPT).toList();
        return new AttackingIp(ip, AttackingIp.Attack.BRUTE_FORCE, new Span(s.first, s.flagged, s.last),
                s.attempts(), s.users.size(), users, List.copyOf(s.loginsAfter), s.successesWithoutName,
                new Evidence(s.samples.all()));
    }
}
