package org.smtpsentry.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.smtpsentry.event.AuthFailure;
import org.smtpsentry.event.Connect;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.LocalSubmission;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.MessageRemoved;
import org.smtpsentry.event.Reporter;
import org.smtpsentry.event.TimeSlots;
import org.smtpsentry.event.trail.MessageTrail;
import org.smtpsentry.event.trail.Trail;
import org.smtpsentry.event.trail.TrailObserver;
import org.smtpsentry.verdict.Ranking;

/**
 * The server's overall symptoms, hour by hour, so the operator sees when the abuse started: sessions, AUTH
 * failures, messages accepted and delivered, deferrals and bounces, how the queue grew; and the recipient domains
 * with the most recipients. (A flagged account's messages per hour come with its verdict.)
 */
public final class Symptoms implements TrailObserver {
    /** The kinds of event it reads. */
    private static final Set<Class<? extends MailEvent>> READS = Set.of(
            Connect.class, AuthFailure.class, MessageAccepted.class, LocalSubmission.class, DeliveryAttempt.class,
            MessageRemoved.class);
    private static final long HOUR = 3600;
    private static final int DOMAINS_KEPT = 100_000;

    /** One clock hour's figures. Auth failures are the larger of the MTA's and the authentication server's count. */
    public record Hour(Instant start, long sessions, long authFailures, long accepted, long delivered, long deferred,
                       long bounced, long removed) {
        /** Accepted minus removed: how much the queue grew in this hour. */
        public long queueGrowth() {
            return accepted - removed;
        }
    }

    private final TreeMap<Long, long[]> hours = new TreeMap<>();
    private long lastHour = Long.MIN_VALUE;
    private long[] lastCounters;
    /** Recipients per domain, for the first {@code DOMAINS_KEPT} domains (a counter each: no boxing per recipient). */
    private final Map<String, long[]> domains = new HashMap<>();

    private static final int SESSIONS = 0;
    private static final int AUTH_MTA = 1;
    private static final int AUTH_SERVER = 2;
    private static final int ACCEPTED = 3;
    private static final int DELIVERED = 4;
    private static final int DEFERRED = 5;
    private static final int BOUNCED = 6;
    private static final int REMOVED = 7;

    @Override
    public Set<Class<? extends MailEvent>> reads() {
        return READS;
    }

    @Override
    public void observe(MailEvent event, Trail before) {
        if (event instanceof Connect c) {
            count(c.time(), SESSIONS);
        } else if (event instanceof AuthFailure f) {
            count(f.time(), f.reporter() == Reporter.MTA ? AUTH_MTA : AUTH_SERVER);
        } else if (event instanceof MessageAccepted a) {
            MessageTrail known = before.message(a.queueId());
            if (known == null || known.clientIp() == null) {
                count(a.time(), ACCEPTED); // a message tracking log and a protocol log both tell of it: once
            }
        } else if (event instanceof LocalSubmission l) {
            count(l.time(), ACCEPTED);
        } else if (event instanceof DeliveryAttempt d) {
            count(d.time(), switch (d.status()) {
                case SENT -> DELIVERED;
                case DEFERRED -> DEFERRED;
                case BOUNCED, EXPIRED -> BOUNCED;
            });
            MessageTrail m = before.message(d.queueId());
            if (m == null || m.status(d.recipient()) == null) {
                String domain = d.recipient().domain();
                long[] n = domains.get(domain);
                if (n == null && domains.size() < DOMAINS_KEPT) {
                    n = new long[1];
                    domains.put(domain, n);
                }
                if (n != null) {
                    n[0]++;
                }
            }
        } else if (event instanceof MessageRemoved r) {
            count(r.time(), REMOVED);
        }
    }

    public List<Hour> hours() {
        List<Hour> list = new ArrayList<>(hours.size());
        hours.forEach((h, c) -> list.add(new Hour(Instant.ofEpochSecond(h * HOUR), c[SESSIONS],
                Math.max(c[AUTH_MTA], c[AUTH_SERVER]), c[ACCEPTED], c[DELIVERED], c[DEFERRED], c[BOUNCED],
                c[REMOVED])));
        return list;
    }

    /** The recipient domains with the most recipients, most first. */
    public List<Map.Entry<String, Long>> topDomains(int n) {
        return Ranking.top(domains, c -> c[0], n);
    }

    private void count(Instant t, int counter) {
        long hour = TimeSlots.hour(t);
        if (hour != lastHour) { // events come in time order: one tree lookup an hour, not one an event
            lastHour = hour;
            lastCounters = hours.get(hour);
            if (lastCounters == null) {
                lastCounters = new long[8];
                hours.put(hour, lastCounters);
            }
        }
        lastCounters[counter]++;
    }
}
