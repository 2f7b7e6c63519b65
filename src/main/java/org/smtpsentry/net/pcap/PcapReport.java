package org.smtpsentry.net.pcap;

import java.time.Instant;
import java.util.List;

/**
 * What {@code smtpsentry pcap} found: the captures read (and their damage), the internal hosts speaking SMTP with
 * the ones talking to the most servers directly first, and the credentials exposed in clear-text AUTH.
 */
public record PcapReport(List<CaptureRead> captures, List<Host> hosts, List<Credential> credentials,
                         long sessions, long externalClientSessions, List<Oddities.Tally> skipped,
                         List<String> relays, boolean relaysGiven) {

    public PcapReport {
        captures = List.copyOf(captures);
        hosts = List.copyOf(hosts);
        credentials = List.copyOf(credentials);
        skipped = List.copyOf(skipped);
        relays = List.copyOf(relays);
    }

    public boolean damaged() {
        return captures.stream().anyMatch(c -> c.damage() != null);
    }

    /** One capture file: packets and bytes read, and what cut the reading short (null when read whole). */
    public record CaptureRead(String file, long packets, long bytes, String damage) {
    }

    /** A text seen and how often ("554 5.7.1 ... listed in XBL", 33). */
    public record Counted(String text, long count) {
    }

    /**
     * One internal host's SMTP client activity. {@code directServers} are the servers it spoke to that are not the
     * organisation's relay; {@code refusals} are the 4xx/5xx answers it got, most frequent first; {@code partial}
     * counts sessions not seen whole (begun before the capture, or with segments missing).
     */
    public record Host(Address address, long sessions, long answered, long encrypted, long partial, int servers,
                       int directServers,
                       long relaySessions, long directSessions, double sessionsPerMinute, Instant first,
                       Instant last, long mailFrom, long recipients, long recipientsAccepted, long messages,
                       List<Counted> greetings, List<Counted> refusals, List<Counted> topServers,
                       List<Counted> senders, List<Counted> heloNames) {

        public Host {
            greetings = List.copyOf(greetings);
            refusals = List.copyOf(refusals);
            topServers = List.copyOf(topServers);
            senders = List.copyOf(senders);
            heloNames = List.copyOf(heloNames);
        }

        public boolean bypassesRelay() {
            return directSessions > 0;
        }
    }
}
