package org.smtpsentry.net.pcap;

import static org.smtpsentry.net.pcap.CaptureReader.s32;
import static org.smtpsentry.net.pcap.CaptureReader.u16;
import static org.smtpsentry.net.pcap.CaptureReader.u32;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.smtpsentry.text.Numbers;

/**
 * pcapng: section header blocks (which set the byte order), interface description blocks (link type, timestamp
 * resolution and offset per interface), enhanced, simple and obsolete packet blocks; other blocks are skipped.
 */
final class PcapNg implements CaptureReader {
    static final int SECTION_HEADER = 0x0a0d0d0a;
    private static final int INTERFACE = 1;
    private static final int OBSOLETE_PACKET = 2;
    private static final int SIMPLE_PACKET = 3;
    private static final int ENHANCED_PACKET = 6;
    private static final int BYTE_ORDER_MAGIC = 0x1a2b3c4d;
    private static final int MAX_INTERFACES = 4096;

    private boolean little;
    private int interfaces;
    private final int[] linkType = new int[MAX_INTERFACES];
    private final long[] unitsPerSecond = new long[MAX_INTERFACES];
    private final long[] offsetSeconds = new long[MAX_INTERFACES];
    private long lastTime;

    @Override
    public Damage read(ByteWindow w, PacketSink sink, Counter packets) throws IOException {
        while (true) {
            if (!w.ensure(12)) {
                int left = w.available();
                return left == 0 ? null : new Damage("block at byte " + Numbers.count(w.offset())
                        + " truncated (" + left + " of at least 12 bytes), after packet " + Numbers.count(packets.count));
            }
            ByteBuffer b = w.buffer();
            int at = w.position();
            int type = b.getInt(at);
            if (type == SECTION_HEADER) {
                int magic = b.getInt(at + 8);
                if (magic == BYTE_ORDER_MAGIC) {
                    little = false;
                } else if (Integer.reverseBytes(magic) == BYTE_ORDER_MAGIC) {
                    little = true;
                } else {
                    return new Damage("section header at byte " + Numbers.count(w.offset())
                            + " has no byte-order magic (malformed pcapng)");
                }
                interfaces = 0;
            } else {
                type = s32(b, at, little);
            }
            long blockLength = u32(b, at + 4, little);
            if (blockLength < 12 || blockLength % 4 != 0 || blockLength > MAX_PACKET + 4096) {
                return new Damage("block at byte " + Numbers.count(w.offset()) + " has an impossible length of "
                        + Numbers.count(blockLength) + " bytes (malformed pcapng), after packet "
                        + Numbers.count(packets.count));
            }
            int length = (int) blockLength;
            if (!w.ensure(length)) {
                boolean packet = type == ENHANCED_PACKET || type == SIMPLE_PACKET || type == OBSOLETE_PACKET;
                return new Damage((packet ? "packet " + Numbers.count(packets.count + 1) : "block")
                        + " truncated at byte " + Numbers.count(w.offset() + w.available()) + " ("
                        + Numbers.count(w.available()) + " of " + Numbers.count(length) + " bytes)");
            }
            b = w.buffer();
            at = w.position();
            Damage damage = switch (type) {
                case INTERFACE -> addInterface(b, at, length, w.offset());
                case ENHANCED_PACKET -> enhanced(b, at, length, sink, packets, w.offset());
                case SIMPLE_PACKET -> simple(b, at, length, sink, packets, w.offset());
                case OBSOLETE_PACKET -> obsolete(b, at, length, sink, packets, w.offset());
                default -> null;
            };
            if (damage != null) {
                return damage;
            }
            w.advance(length);
        }
    }

    private Damage addInterface(ByteBuffer b, int at, int length, long offset) {
        if (interfaces == MAX_INTERFACES) {
            return new Damage("more than " + MAX_INTERFACES + " interfaces in one section at byte "
                    + Numbers.count(offset));
        }
        int i = interfaces++;
        linkType[i] = u16(b, at + 8, little);
        unitsPerSecond[i] = 1_000_000;
        offsetSeconds[i] = 0;
        int option = at + 16;
        int end = at + length - 4;
        while (option + 4 <= end) {
            int code = u16(b, option, little);
            int size = u16(b, option + 2, little);
            if (code == 0 || option + 4 + size > end) {
                break;
            }
            if (code == 9 && size >= 1) {
                int resolution = b.get(option + 4) & 0xff;
                int exponent = resolution & 0x7f;
                if ((resolution & 0x80) == 0 && exponent <= 18) {
                    unitsPerSecond[i] = pow(10, exponent);
                } else if ((resolution & 0x80) != 0 && exponent <= 62) {
                    unitsPerSecond[i] = 1L << exponent;
                } else {
                    return new Damage("interface " + i + " at byte " + Numbers.count(offset)
                            + " has an unusable timestamp resolution 0x" + Integer.toHexString(resolution));
                }
            } else if (code == 14 && size >= 8) {
                long high = u32(b, option + 4, little);
                long low = u32(b, option + 8, little);
                offsetSeconds[i] = little ? (low << 32) | high : (high << 32) | low;
            }
            option += 4 + ((size + 3) & ~3);
        }
        return null;
    }

    private Damage enhanced(ByteBuffer b, int at, int length, PacketSink sink, CaptureReader.Counter packets,
                            long offset) {
        int id = s32(b, at + 8, little);
        long high = u32(b, at + 12, little);
        long low = u32(b, at + 16, little);
        long captured = u32(b, at + 20, little);
        return deliver(id, (high << 32) | low, b, at + 28, captured, length - 32, sink, packets, offset);
    }

    private Damage obsolete(ByteBuffer b, int at, int length, PacketSink sink, CaptureReader.Counter packets,
                            long offset) {
        int id = u16(b, at + 8, little);
        long high = u32(b, at + 12, little);
        long low = u32(b, at + 16, little);
        long captured = u32(b, at + 20, little);
        return deliver(id, (high << 32) | low, b, at + 28, captured, length - 32, sink, packets, offset);
    }

    /** A simple packet block has no timestamp: it gets the time of the packet before it. */
    private Damage simple(ByteBuffer b, int at, int length, PacketSink sink, CaptureReader.Counter packets,
                          long offset) {
        if (interfaces == 0) {
            return new Damage("packet " + Numbers.count(packets.count + 1) + " at byte " + Numbers.count(offset)
                    + " comes before any interface description (malformed pcapng)");
        }
        long original = u32(b, at + 8, little);
        int room = length - 16;
        int captured = (int) Math.min(original, room);
        packets.count++;
        sink.packet(linkType[0], lastTime, b, at + 12, captured);
        return null;
    }

    private Damage deliver(int id, long timestamp, ByteBuffer b, int data, long captured, int room, PacketSink sink,
                           CaptureReader.Counter packets, long offset) {
        if (id < 0 || id >= interfaces) {
            return new Damage("packet " + Numbers.count(packets.count + 1) + " at byte " + Numbers.count(offset)
                    + " names interface " + id + " but the section describes " + interfaces + " (malformed pcapng)");
        }
        if (captured > room) {
            return new Damage("packet " + Numbers.count(packets.count + 1) + " at byte " + Numbers.count(offset)
                    + " claims " + Numbers.count(captured) + " bytes in a block with room for " + Numbers.count(room)
                    + " (malformed pcapng)");
        }
        lastTime = nanos(id, timestamp);
        packets.count++;
        sink.packet(linkType[id], lastTime, b, data, (int) captured);
        return null;
    }

    private long nanos(int id, long timestamp) {
        long units = unitsPerSecond[id];
        long base = offsetSeconds[id] * 1_000_000_000L;
        if (units == 1_000_000) {
            return base + timestamp * 1000;
        }
        if (units == 1_000_000_000) {
            return base + timestamp;
        }
        long seconds = Long.divideUnsigned(timestamp, units);
        long rest = Long.remainderUnsigned(timestamp, units);
        return base + seconds * 1_000_000_000L + (long) (rest * (1e9 / units));
    }

    private static long pow(long base, int exponent) {
        long v = 1;
        for (int i = 0; i < exponent; i++) {
            v *= base;
        }
        return v;
    }
}
