package org.smtpsentry.detect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.smtpsentry.event.Connect;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.Disconnect;
import org.smtpsentry.event.EventKinds;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.MailFrom;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.MessageRemoved;
import org.smtpsentry.event.trail.Trail;
import org.smtpsentry.event.trail.TrailObserver;
import org.smtpsentry.verdict.Verdict;

/**
 * The detection core shared by the batch report and the live daemon: events in, verdicts out, on event time.
 * Every rule and observer sees each event of a kind it reads with the trail as it stood before it, then the trail
 * takes the event. Feeding recorded logs gives the same verdicts, at the same moments, as feeding them live.
 */
public final class Engine implements Detection {
    /** Every kind of event; the tables below are indexed like it. */
    private static final Class<?>[] KINDS = EventKinds.ALL.toArray(Class<?>[]::new);
    private static final int DELIVERY_ATTEMPT = indexOf(DeliveryAttempt.class);
    private static final int CONNECT = indexOf(Connect.class);
    private static final int DISCONNECT = indexOf(Disconnect.class);
    private static final int MAIL_FROM = indexOf(MailFrom.class);
    private static final int MESSAGE_REMOVED = indexOf(MessageRemoved.class);
    private static final int MESSAGE_ACCEPTED = indexOf(MessageAccepted.class);

    private final Rule[] rules;
    // arrays, not lists: walked for every event, and a plain loop over an array is what the quick JIT does best
    private final Rule[][] rulesReading = new Rule[KINDS.length][];
    private final TrailObserver[][] observersReading = new TrailObserver[KINDS.length][];
    private final boolean[] trailReads = new boolean[KINDS.length];
    private final Trail trail = new Trail();
    private final LocalDomains localDomains;
    private final IgnoreList ignored;
    private final Consumer<Verdict> onFlag;
    private Instant now = Instant.EPOCH;
    private Instant first;
    private long events;

    public Engine(List<Rule> rules, List<TrailObserver> observers, LocalDomains localDomains, IgnoreList ignored,
                  Consumer<Verdict> onFlag) {
        this.rules = rules.toArray(Rule[]::new);
        for (int k = 0; k < KINDS.length; k++) {
            Class<?> kind = KINDS[k];
            rulesReading[k] = rules.stream().filter(rule -> rule.reads().contains(kind)).toArray(Rule[]::new);
            observersReading[k] = observers.stream().filter(observer -> observer.reads().contains(kind))
                    .toArray(TrailObserver[]::new);
            trailReads[k] = Trail.READS.contains(kind);
        }
        this.localDomains = localDomains;
        this.ignored = ignored;
        this.onFlag = onFlag;
    }

    /** The kinds of event that these rules and observers, and the trail they consult, read. */
    public static Set<Class<? extends MailEvent>> reads(List<Rule> rules, List<TrailObserver> observers) {
        Set<Class<? extends MailEvent>> kinds = new HashSet<>(Trail.READS);
        rules.forEach(rule -> kinds.addAll(rule.reads()));
        observers.forEach(observer -> kinds.addAll(observer.reads()));
        return kinds;
    }

    public void accept(MailEvent event) {
        Instant t = event.time();
        if (t.isAfter(now)) {
            now = t; // events a second out of order (several processes per second) never move the clock back
        }
        if (first == null) {
            first = t;
        }
        events++;
        int k = kindOf(event);
        for (Rule rule : rulesReading[k]) {
            rule.observe(event, trail, this);
        }
        for (TrailObserver observer : observersReading[k]) {
            observer.observe(event, trail);
        }
        if (trailReads[k]) {
            trail.accept(event);
        }
    }

    /**
     * The index of the event's kind. The commonest kinds are told by {@code instanceof}, a comparison in compiled
     * code; {@code getClass()} is a call into the JVM under C1 (3 % of the detection thread when every event took it).
     */
    private static int kindOf(MailEvent event) {
        if (event instanceof DeliveryAttempt) {
            return DELIVERY_ATTEMPT;
        } else if (event instanceof Connect) {
            return CONNECT;
        } else if (event instanceof Disconnect) {
            return DISCONNECT;
        } else if (event instanceof MailFrom) {
            return MAIL_FROM;
        } else if (event instanceof MessageRemoved) {
            return MESSAGE_REMOVED;
        } else if (event instanceof MessageAccepted) {
            return MESSAGE_ACCEPTED;
        }
        return indexOf(event.getClass());
    }

    private static int indexOf(Class<?> kind) {
        int k = 0;
        while (KINDS[k] != kind) {
            k++;
        }
        return k;
    }

    /** Every rule's findings, in rule order. */
    public List<Verdict> findings() {
        List<Verdict> all = new ArrayList<>();
        for (Rule rule : rules) {
            all.addAll(rule.findings());
        }
        return all;
    }

    public long events() {
        return events;
    }

    /** The time of the first event, or null when there was none. */
    public Instant first() {
        return first;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public LocalDomains localDomains() {
        return localDomains;
    }

    @Override
    public IgnoreList ignored() {
        return ignored;
    }

    @Override
    public void flag(Verdict verdict) {
        onFlag.accept(verdict);
    }
}
