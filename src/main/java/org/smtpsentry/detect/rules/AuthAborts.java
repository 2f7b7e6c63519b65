package org.smtpsentry.detect.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smtpsentry.detect.Detection;
import org.smtpsentry.detect.RecentTimes;
import org.smtpsentry.detect.Rule;
import org.smtpsentry.detect.Samples;
import org.smtpsentry.event.AuthAbort;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.trail.SessionTrail;
import org.smtpsentry.event.trail.Trail;
import org.smtpsentry.verdict.AttackingIp;
import org.smtpsentry.verdict.Evidence;
import org.smtpsentry.verdict.Span;
import org.smtpsentry.verdict.Verdict;

/**
 * Sessions that open AUTH and drop it, {@code maxretry} within {@code findtime} from one IP: the mark of bots that
 * probe for AUTH or guess passwords and hang up to dodge the failure counters. One session counts once, even when
 * Postfix logs both "authentication aborted" and "lost connection after AUTH" for it.
 */
public final class AuthAborts implements Rule {
    /** The kinds of event it reads. */
    private static final Set<Class<? extends MailEvent>> READS = Set.of(AuthAbort.class);

    public record Settings(int maxretry, Duration findtime) {
        public static final Settings DEFAULT = new Settings(5, Duration.ofMinutes(10));
    }

    private static final int SWEEP_EVERY = 100_000;

    private final Settings settings;
    private final Map<String, Source> sources = new HashMap<>();
    /** Events until the next sweep of quiet sources (a countdown: no long division an event, see MailEvent). */
    private int untilSweep = SWEEP_EVERY;

    public AuthAborts(Settings settings) {
        this.settings = settings;
    }

    private final class Source extends IpActivity {
        final RecentTimes recent = new RecentTimes(settings.maxretry());
        final Samples samples = new Samples(1, 3);
        int aborts;
        SessionTrail lastSession;
    }

    @Override
    public Set<Class<? extends MailEvent>> reads() {
        return READS;
    }

    @Override
    public void observe(MailEvent event, Trail before, Detection detection) {
        if (event instanceof AuthAbort a && a.clientIp() != null && !detection.ignored().contains(a.clientIp())) {
            Source s = sources.get(a.clientIp());
            if (s == null) { // not computeIfAbsent: no lambda on a per-event path (see MailEvent)
                s = new Source();
                sources.put(a.clientIp(), s);
            }
            SessionTrail session = before.session(a.session());
            if (session != null && session == s.lastSession) {
                return; // the same session, logged twice
            }
            s.lastSession = session;
            s.aborts++;
            s.recent.add(a.time());
            s.samples.offer(0, a.origin());
            s.seen(a.time());
            if (s.flagged == null && s.recent.reached(detection.now(), settings.findtime())) {
                s.flagged = detection.now();
                detection.flag(verdict(a.clientIp(), s));
            }
        }
        if (--untilSweep == 0) {
            untilSweep = SWEEP_EVERY;
            IpActivity.forgetQuiet(sources, detection.now().minus(settings.findtime()));
        }
    }

    @Override
    public List<Verdict> findings() {
        return AttackerFindings.of(sources, AuthAborts::verdict);
    }

    private static AttackingIp verdict(String ip, Source s) {
        return new AttackingIp(ip, AttackingIp.Attack.AUTH_ABORTS, new Span(s.first, s.flagged, s.last), s.aborts, 0,
                List.of(), List.of(), 0, new Evidence(s.samples.all()));
    }
}
