package org.smtpsentry.net.sockets;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Samples the outbound SMTP connections every {@code interval} for {@code duration} and ranks the processes by the
 * connections they opened (each connection counted once, however many samples saw it). A connection opened and
 * closed between two samples is missed: a shorter interval sees more.
 */
public final class SocketWatch {
    private static final int MAX_CONNECTIONS = 1_000_000;

    /** Waits between samples; tests pass one that does not sleep. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final SmtpSockets sockets;
    private final InstantSource clock;
    private final Sleeper sleeper;

    public SocketWatch(SmtpSockets sockets, InstantSource clock, Sleeper sleeper) {
        this.sockets = sockets;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** One process's SMTP activity over the watch. */
    public record Activity(LocalProcess process, int uid, String user, boolean expected, long connectionsOpened,
                           List<String> destinations, Instant firstSeen, Instant lastSeen) {
        public Activity {
            destinations = List.copyOf(destinations);
        }
    }

    /** What the watch saw: the processes, busiest first, and how many samples it took. */
    public record Report(List<Activity> processes, int samples, Duration interval, Duration duration) {
        public Report {
            processes = List.copyOf(processes);
        }
    }

    private static final class Tally {
        final LocalProcess process;
        final int uid;
        final boolean expected;
        long connections;
        final Set<String> destinations = new LinkedHashSet<>();
        Instant first;
        Instant last;

        Tally(LocalProcess process, int uid, boolean expected) {
            this.process = process;
            this.uid = uid;
            this.expected = expected;
        }
    }

    public Report watch(Duration interval, Duration duration) throws InterruptedException {
        Instant start = clock.instant();
        Instant end = start.plus(duration);
        Set<String> seen = new HashSet<>();
        Map<String, Tally> byProcess = new HashMap<>();
        int samples = 0;
        Instant next = start;
        while (true) {
            Instant now = clock.instant();
            samples++;
            for (SmtpSockets.Sampled s : sockets.sample()) {
                if (seen.size() >= MAX_CONNECTIONS || !seen.add(s.key())) {
                    continue;
                }
                SmtpConnection c = s.connection();
                String who = c.process() == null ? "uid " + c.uid() : c.process().pid() + " " + c.process().commandLine();
                Tally t = byProcess.computeIfAbsent(who, k -> new Tally(c.process(), c.uid(), c.expected()));
                t.connections++;
                t.destinations.add(c.destination().substring(0, c.destination().lastIndexOf(':')));
                t.first = t.first == null ? now : t.first;
                t.last = now;
            }
            next = next.plus(interval); // a fixed schedule: a slow sample shortens the wait after it
            if (next.isAfter(end)) {
                break;
            }
            Duration wait = Duration.between(clock.instant(), next);
            if (wait.isPositive()) {
                sleeper.sleep(wait);
            }
        }
        List<Activity> list = new ArrayList<>();
        for (Tally t : byProcess.values()) {
            list.add(new Activity(t.process, t.uid, t.process != null ? t.process.user() : sockets.userName(t.uid),
                    t.expected, t.connections, new ArrayList<>(t.destinations), t.first, t.last));
        }
        list.sort(Comparator.comparing(Activity::expected)
                .thenComparing(Comparator.comparingLong(Activity::connectionsOpened).reversed())
                .thenComparing(a -> a.process() == null ? Long.MAX_VALUE : a.process().pid()));
        return new Report(list, samples, interval, duration);
    }
}
