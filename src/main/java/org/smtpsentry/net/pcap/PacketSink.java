package org.smtpsentry.net.pcap;

import java.nio.ByteBuffer;

/** Receives each captured packet as a slice of the reader's buffer (valid only during the call). */
interface PacketSink {

    /**
     * @param linkType   the LINKTYPE_ value of the packet's interface
     * @param epochNanos capture time in nanoseconds since the epoch
     * @param offset     index of the packet's first byte in {@code buffer}
     * @param length     bytes captured (may be less than on the wire)
     */
    void packet(int linkType, long epochNanos, ByteBuffer buffer, int offset, int length);
}
