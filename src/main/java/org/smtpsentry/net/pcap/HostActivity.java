package org.smtpsentry.net.pcap;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Adds up the finished sessions of one internal host. */
final class HostActivity {
    private static final int MAX_DISTINCT_TEXTS = 1000;
    private static final int LISTED = 5;

    private final Address host;
    private long sessions;
    private long answered;
    private long encrypted;
    private long partial;
    private long relaySessions;
    private long directSessions;
    private long firstNanos = Long.MAX_VALUE;
    private long lastNanos = Long.MIN_VALUE;
    private long mailFrom;
    private long recipients;
    private long recipientsAccepted;
    private long messages;
    private final Map<Address, Long> servers = new HashMap<>();
    private final Map<Address, Boolean> direct = new HashMap<>();
    private final Map<String, Long> greetings = new HashMap<>();
    private final Map<String, Long> refusals = new HashMap<>();
    private final Map<String, Long> senders = new HashMap<>();
    private final Map<String, Long> heloNames = new HashMap<>();

    HostActivity(Address host) {
        this.host = host;
    }

    void add(Session s, boolean viaRelay) {
        sessions++;
        if (s.serverSpoke) {
            answered++;
        }
        if (s.encrypted) {
            encrypted++;
        }
        if (!s.handshakeSeen || s.gaps > 0) {
            partial++;
        }
        if (s.helo != null) {
            count(heloNames, s.helo);
        }
        if (viaRelay) {
            relaySessions++;
        } else {
            directSessions++;
            direct.put(s.server, Boolean.TRUE);
        }
        servers.merge(s.server, 1L, Long::sum);
        firstNanos = Math.min(firstNanos, s.startNanos);
        lastNanos = Math.max(lastNanos, s.startNanos);
        mailFrom += s.mailFrom;
        recipients += s.recipients;
        recipientsAccepted += s.recipientsAccepted;
        messages += s.messages;
        if (s.greeting != null) {
            count(greetings, s.greeting);
        }
        for (String r : s.refusals) {
            count(refusals, r);
        }
        for (String sender : s.senders) {
            count(senders, sender);
        }
    }

    private static void count(Map<String, Long> map, String text) {
        if (map.size() < MAX_DISTINCT_TEXTS || map.containsKey(text)) {
            map.merge(text, 1L, Long::sum);
        }
    }

    PcapReport.Host summary() {
        Instant first = Instant.ofEpochSecond(0, firstNanos);
        Instant last = Instant.ofEpochSecond(0, lastNanos);
        double minutes = Math.max(1.0, Duration.between(first, last).toMillis() / 60_000.0);
        return new PcapReport.Host(host, sessions, answered, encrypted, partial, servers.size(), direct.size(), relaySessions,
                directSessions, sessions / minutes, first, last, mailFrom, recipients, recipientsAccepted, messages,
                top(greetings), top(refusals),
                top(servers.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        e -> e.getKey().toString(), Map.Entry::getValue))),
                top(senders), top(heloNames));
    }

    private static List<PcapReport.Counted> top(Map<String, Long> map) {
        return map.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(LISTED)
                .map(e -> new PcapReport.Counted(e.getKey(), e.getValue()))
                .toList();
    }

    /** Hosts talking to the most servers directly first, then the busiest. */
    static final Comparator<PcapReport.Host> MOST_DIRECT_FIRST = Comparator
            .comparingInt(PcapReport.Host::directServers).reversed()
            .thenComparing(Comparator.comparingLong(PcapReport.Host::directSessions).reversed())
            .thenComparing(Comparator.comparingLong(PcapReport.Host::sessions).reversed())
            .thenComparing(PcapReport.Host::address);
}
