package org.smtpsentry.net.pcap;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Writes classic pcap or pcapng files from frames, in either byte order, as the format documents describe. */
final class CaptureWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteOrder order;
    private final boolean ng;
    private final boolean nanos;

    private CaptureWriter(ByteOrder order, boolean ng, boolean nanos) {
        this.order = order;
        this.ng = ng;
        this.nanos = nanos;
    }

    /** Classic pcap with one link type. */
    static CaptureWriter pcap(ByteOrder order, boolean nanos, int linkType) {
        CaptureWriter w = new CaptureWriter(order, false, nanos);
        ByteBuffer b = w.buffer(24);
        b.putInt(nanos ? 0xa1b23c4d : 0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                .putInt(262144).putInt(linkType);
        w.out.writeBytes(b.array());
        return w;
    }

    /** pcapng: a section header; add interfaces with {@link #pcapngInterface}. */
    static CaptureWriter pcapng(ByteOrder order) {
        CaptureWriter w = new CaptureWriter(order, true, false);
        ByteBuffer b = w.buffer(28);
        b.putInt(0x0a0d0d0a).putInt(28).putInt(0x1a2b3c4d).putShort((short) 1).putShort((short) 0).putLong(-1L)
                .putInt(28);
        w.out.writeBytes(b.array());
        return w;
    }

    /** An interface description; {@code tsresol} is the if_tsresol byte (6: µs, 9: ns, 0x80|n: 2^-n), or -1. */
    CaptureWriter pcapngInterface(int linkType, int tsresol) {
        int length = tsresol < 0 ? 20 : 32;
        ByteBuffer b = buffer(length);
        b.putInt(1).putInt(length).putShort((short) linkType).putShort((short) 0).putInt(262144);
        if (tsresol >= 0) {
            b.putShort((short) 9).putShort((short) 1).put((byte) tsresol).put(new byte[3]);
            b.putShort((short) 0).putShort((short) 0);
        }
        b.putInt(length);
        out.writeBytes(b.array());
        return this;
    }

    /** A packet at {@code epochNanos}; in pcapng an enhanced packet block on {@code iface} with units per second. */
    CaptureWriter packet(long epochNanos, byte[] frame) {
        return packet(0, 1_000_000, epochNanos, frame);
    }

    CaptureWriter packet(int iface, long unitsPerSecond, long epochNanos, byte[] frame) {
        if (!ng) {
            ByteBuffer b = buffer(16);
            b.putInt((int) (epochNanos / 1_000_000_000L));
            long fraction = epochNanos % 1_000_000_000L;
            b.putInt((int) (nanos ? fraction : fraction / 1000)).putInt(frame.length).putInt(frame.length);
            out.writeBytes(b.array());
            out.writeBytes(frame);
            return this;
        }
        int padded = (frame.length + 3) & ~3;
        int length = 32 + padded;
        long units = epochNanos / (1_000_000_000L / unitsPerSecond);
        ByteBuffer b = buffer(length);
        b.putInt(6).putInt(length).putInt(iface).putInt((int) (units >>> 32)).putInt((int) units)
                .putInt(frame.length).putInt(frame.length).put(frame).put(new byte[padded - frame.length])
                .putInt(length);
        out.writeBytes(b.array());
        return this;
    }

    /** A simple packet block (no timestamp, interface 0). */
    CaptureWriter simplePacket(byte[] frame) {
        int padded = (frame.length + 3) & ~3;
        int length = 16 + padded;
        ByteBuffer b = buffer(length);
        b.putInt(3).putInt(length).putInt(frame.length).put(frame).put(new byte[padded - frame.length]).putInt(length);
        out.writeBytes(b.array());
        return this;
    }

    /** Any other block (for example a name resolution block), which readers must skip. */
    CaptureWriter otherBlock(int type, byte[] body) {
        int padded = (body.length + 3) & ~3;
        int length = 12 + padded;
        ByteBuffer b = buffer(length);
        b.putInt(type).putInt(length).put(body).put(new byte[padded - body.length]).putInt(length);
        out.writeBytes(b.array());
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    private ByteBuffer buffer(int n) {
        return ByteBuffer.allocate(n).order(order);
    }
}
