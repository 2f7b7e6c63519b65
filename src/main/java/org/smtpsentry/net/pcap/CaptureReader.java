package org.smtpsentry.net.pcap;

import java.io.IOException;

/** One capture file format: reads packets until the end or the first damage. */
sealed interface CaptureReader permits ClassicPcap, PcapNg {

    /** Largest packet a capture may hold; larger lengths mean a corrupt file, not a big packet. */
    int MAX_PACKET = 1 << 20;

    /**
     * Reads every packet after the file's magic (at the window's position) into {@code sink}.
     * @return null when the file was read to its end, else what stopped the reading
     */
    Damage read(ByteWindow window, PacketSink sink, Counter packets) throws IOException;

    /** Packets handed to the sink so far (kept outside the reader so a damaged file still tells how far it got). */
    final class Counter {
        long count;
    }

    static int u16(java.nio.ByteBuffer b, int at, boolean little) {
        short v = b.getShort(at);
        return (little ? Short.reverseBytes(v) : v) & 0xffff;
    }

    static int s32(java.nio.ByteBuffer b, int at, boolean little) {
        int v = b.getInt(at);
        return little ? Integer.reverseBytes(v) : v;
    }

    static long u32(java.nio.ByteBuffer b, int at, boolean little) {
        return s32(b, at, little) & 0xffffffffL;
    }
}
