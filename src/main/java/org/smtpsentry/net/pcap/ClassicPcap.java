package org.smtpsentry.net.pcap;

import static org.smtpsentry.net.pcap.CaptureReader.s32;
import static org.smtpsentry.net.pcap.CaptureReader.u32;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.smtpsentry.text.Numbers;

/** The classic libpcap format: a 24-byte header, then 16-byte record headers; either byte order, µs or ns. */
final class ClassicPcap implements CaptureReader {
    static final int MICROS = 0xa1b2c3d4;
    static final int NANOS = 0xa1b23c4d;

    private final boolean little;
    private final boolean nanos;

    private ClassicPcap(boolean little, boolean nanos) {
        this.little = little;
        this.nanos = nanos;
    }

    /** The reader for this magic number (read big-endian), or null when it is not classic pcap. */
    static ClassicPcap forMagic(int magic) {
        if (magic == MICROS || magic == NANOS) {
            return new ClassicPcap(false, magic == NANOS);
        }
        int swapped = Integer.reverseBytes(magic);
        if (swapped == MICROS || swapped == NANOS) {
            return new ClassicPcap(true, swapped == NANOS);
        }
        return null;
    }

    @Override
    public Damage read(ByteWindow w, PacketSink sink, Counter packets) throws IOException {
        if (!w.ensure(24)) {
            return new Damage("file header cut at byte " + Numbers.count(w.offset() + w.available())
                    + " (24 bytes needed)");
        }
        int linkType = s32(w.buffer(), w.position() + 20, little) & 0xffff;
        w.advance(24);
        while (true) {
            if (!w.ensure(16)) {
                int left = w.available();
                if (left == 0) {
                    return null;
                }
                return new Damage("packet " + Numbers.count(packets.count + 1) + " truncated at byte "
                        + Numbers.count(w.offset()) + " (record header: " + left + " of 16 bytes)");
            }
            ByteBuffer b = w.buffer();
            int at = w.position();
            long seconds = u32(b, at, little);
            long fraction = u32(b, at + 4, little);
            long captured = u32(b, at + 8, little);
            if (captured > MAX_PACKET) {
                return new Damage("packet " + Numbers.count(packets.count + 1) + " at byte "
                        + Numbers.count(w.offset()) + " claims " + Numbers.count(captured)
                        + " captured bytes (malformed record header)");
            }
            int length = (int) captured;
            if (!w.ensure(16 + length)) {
                return new Damage("packet " + Numbers.count(packets.count + 1) + " truncated at byte "
                        + Numbers.count(w.offset() + w.available()) + " (" + Numbers.count(w.available() - 16L)
                        + " of " + Numbers.count(length) + " bytes)");
            }
            long time = seconds * 1_000_000_000L + (nanos ? fraction : fraction * 1000);
            packets.count++;
            sink.packet(linkType, time, w.buffer(), w.position() + 16, length);
            w.advance(16 + length);
        }
    }
}
