package org.smtpsentry.net.pcap;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * The open SMTP connections, in a chained hash table keyed by addresses and ports held as primitives, so that
 * finding a packet's connection allocates nothing. A connection ends on RST, on FIN from both sides, on a new SYN
 * for the same ports, or at the end of the capture; its session then goes to {@code finished}.
 */
final class Flows {
    static final int MAX_OPEN = 1 << 18;
    /** When the table is full, connections silent this long (capture time) are taken as ended. */
    private static final long IDLE_NANOS = 300_000_000_000L;
    private static final int SYN = 0x02;
    private static final int RST = 0x04;
    private static final int FIN = 0x01;
    private static final int ACK = 0x10;

    private final Consumer<Session> finished;
    private final Oddities oddities;
    private Flow[] table = new Flow[1 << 12];
    private int open;

    Flows(Consumer<Session> finished, Oddities oddities) {
        this.finished = finished;
        this.oddities = oddities;
    }

    void segment(long time, long ch, long cl, int cp, long sh, long sl, int sp, boolean toServer, int seq, int ack,
                 int flags, ByteBuffer b, int data, int captured, int wireLength) {
        int hash = hash(ch, cl, cp, sh, sl, sp);
        Flow flow = find(hash, ch, cl, cp, sh, sl, sp);
        boolean syn = (flags & SYN) != 0;
        if (flow != null && toServer && syn && (flags & ACK) == 0 && flow.toServer.started()
                && seq != flow.clientInitialSequence) {
            end(flow); // the client reused its port for a new connection
            flow = null;
        }
        if (flow == null) {
            if ((flags & RST) != 0 || (!syn && wireLength == 0)) {
                return; // the tail of a connection already ended, or a bare ACK of one begun before the capture
            }
            if (open >= MAX_OPEN) {
                endIdle(time - IDLE_NANOS);
            }
            if (open >= MAX_OPEN) {
                oddities.add(Oddity.FLOW_LIMIT);
                return;
            }
            flow = add(hash, ch, cl, cp, sh, sl, sp, time);
        }
        flow.lastNanos = time;
        Direction direction = toServer ? flow.toServer : flow.fromServer;
        if ((flags & ACK) != 0) {
            (toServer ? flow.fromServer : flow.toServer).acknowledged(ack);
        }
        flow.dialogue.at(time);
        if (syn) {
            direction.synchronize(seq);
            if (toServer) {
                flow.session.handshakeSeen = true;
                flow.clientInitialSequence = seq;
            }
            seq++;
        }
        if (toServer && captured > 0 && !flow.session.serverSpoke) {
            flow.dialogue.clientFirstByte(b.get(data));
        }
        direction.segment(seq, b, data, captured, wireLength);
        if ((flags & FIN) != 0) {
            direction.finish();
        }
        if ((flags & RST) != 0 || (flow.toServer.finished() && flow.fromServer.finished())) {
            end(flow);
        }
    }

    /** Ends every connection still open (the end of the capture). */
    void endAll() {
        for (int i = 0; i < table.length; i++) {
            while (table[i] != null) {
                end(table[i]);
            }
        }
    }

    private void endIdle(long silentSince) {
        for (int i = 0; i < table.length; i++) {
            for (Flow f = table[i]; f != null; ) {
                Flow next = f.next;
                if (f.lastNanos < silentSince) {
                    end(f);
                }
                f = next;
            }
        }
    }

    private void end(Flow flow) {
        flow.toServer.flush();
        flow.fromServer.flush();
        int slot = flow.hash & (table.length - 1);
        if (table[slot] == flow) {
            table[slot] = flow.next;
        } else {
            Flow f = table[slot];
            while (f.next != flow) {
                f = f.next;
            }
            f.next = flow.next;
        }
        open--;
        finished.accept(flow.session);
    }

    private Flow find(int hash, long ch, long cl, int cp, long sh, long sl, int sp) {
        for (Flow f = table[hash & (table.length - 1)]; f != null; f = f.next) {
            if (f.hash == hash && f.is(ch, cl, cp, sh, sl, sp)) {
                return f;
            }
        }
        return null;
    }

    private Flow add(int hash, long ch, long cl, int cp, long sh, long sl, int sp, long time) {
        if (open >= table.length) {
            grow();
        }
        Flow flow = new Flow(ch, cl, cp, sh, sl, sp, hash, time, oddities);
        int slot = hash & (table.length - 1);
        flow.next = table[slot];
        table[slot] = flow;
        open++;
        return flow;
    }

    private void grow() {
        Flow[] old = table;
        table = new Flow[old.length * 2];
        for (Flow head : old) {
            for (Flow f = head; f != null; ) {
                Flow next = f.next;
                int slot = f.hash & (table.length - 1);
                f.next = table[slot];
                table[slot] = f;
                f = next;
            }
        }
    }

    /** Combines the key, then mixes all bits into the low ones (MurmurHash3's finaliser): the table masks them. */
    private static int hash(long ch, long cl, int cp, long sh, long sl, int sp) {
        long h = cl * 0x9E3779B97F4A7C15L + sl;
        h = h * 0x9E3779B97F4A7C15L + ch + (sh << 7);
        h = h * 0x9E3779B97F4A7C15L + ((long) cp << 16 | sp);
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }
}
