package org.smtpsentry.net.pcap;

import java.util.ArrayList;
import java.util.List;

/** The tally of skipped packets by kind, with the first capture file and packet number of each. */
final class Oddities {
    private final long[] counts = new long[Oddity.values().length];
    private final String[] first = new String[Oddity.values().length];
    private String file = "";
    private long packet;

    /** The next packets come from {@code file}, numbered from 1. */
    void startFile(String file) {
        this.file = file;
        this.packet = 0;
    }

    void nextPacket() {
        packet++;
    }

    void add(Oddity kind) {
        int i = kind.ordinal();
        if (counts[i]++ == 0) {
            first[i] = file + " packet " + org.smtpsentry.text.Numbers.count(packet);
        }
    }

    List<Tally> tallies() {
        List<Tally> list = new ArrayList<>();
        for (Oddity kind : Oddity.values()) {
            if (counts[kind.ordinal()] > 0) {
                list.add(new Tally(kind, counts[kind.ordinal()], first[kind.ordinal()]));
            }
        }
        return list;
    }

    /** How many packets of one kind were skipped, and where the first one was. */
    public record Tally(Oddity kind, long count, String firstSeen) {
    }
}
