import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic capture for bench/pcap.sh: a LAN where 50 hosts send mail through the relay 10.0.0.2 (AUTH
 * LOGIN on 587, messages of 4 to 60 KB), one host (10.0.0.66) sends spam straight to thousands of MX servers, and
 * bulk HTTPS traffic fills about a third of the bytes. Classic pcap, Ethernet, little-endian, microseconds.
 * Usage: java bench/MakeCapture.java FILE SIZE_MIB
 */
public class MakeCapture {
    static final int MSS = 1448;
    static OutputStream out;
    static long written;
    static long micros = 1_795_000_000L * 1_000_000L;
    static final Random random = new Random(42);
    static final byte[] noise = new byte[MSS];
    static final ByteBuffer frame = ByteBuffer.allocate(2048).order(ByteOrder.BIG_ENDIAN);
    static final ByteBuffer record = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long target = Long.parseLong(args[1]) << 20;
        random.nextBytes(noise);
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out = o;
            ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
            header.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(262144)
                    .putInt(1);
            out.write(header.array());
            written = 24;
            int port = 1024;
            long session = 0;
            while (written < target) {
                port = port >= 65000 ? 1024 : port + 1;
                session++;
                if (session % 3 == 0) {
                    int server = 0xc6336400 | (int) (session % 250); // 198.51.100.x
                    server = session % 2 == 0 ? server : 0xcb007100 | (int) (session % 250); // or 203.0.113.x
                    smtp(0x0a000042, port, server, 25, false, 2 + random.nextInt(20), 3 + random.nextInt(8),
                            session % 4 == 0);
                } else {
                    smtp(0x0a00000b + (int) (session % 50), port, 0x0a000002, 587, true, 1 + random.nextInt(3),
                            4 + random.nextInt(56), false);
                }
                https(0x0a00000b + (int) (session % 50), port, 0xc0000200 | (int) (session % 200), 30);
            }
        }
    }

    static void smtp(int client, int cport, int server, int sport, boolean auth, int rcpts, int kib, boolean refuse)
            throws IOException {
        Tcp c = new Tcp(client, cport, server, sport, random.nextInt());
        Tcp s = new Tcp(server, sport, client, cport, random.nextInt());
        c.send(0x02, null, s);
        s.send(0x12, null, c);
        c.send(0x10, null, s);
        s.line("220 mx.example.net ESMTP", c);
        c.line("EHLO pc.example.org", s);
        s.line("250-mx.example.net\r\n250-PIPELINING\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME", c);
        if (auth) {
            c.line("AUTH LOGIN", s);
            s.line("334 VXNlcm5hbWU6", c);
            c.line("dXNlckBleGFtcGxlLm9yZw==", s);
            s.line("334 UGFzc3dvcmQ6", c);
            c.line("c2VjcmV0", s);
            s.line("235 2.7.0 Authentication successful", c);
        }
        c.line("MAIL FROM:<sender@example.org> SIZE=" + kib * 1024, s);
        s.line("250 2.1.0 Ok", c);
        for (int i = 0; i < rcpts; i++) {
            c.line("RCPT TO:<user" + i + "@example.net>", s);
            s.line(refuse ? "554 5.7.1 Service unavailable; Client host blocked using zen.spamhaus.org; listed in XBL"
                    : "250 2.1.5 Ok", c);
        }
        if (!refuse) {
            c.line("DATA", s);
            s.line("354 End data with <CR><LF>.<CR><LF>", c);
            byte[] body = body(kib);
            for (int at = 0; at < body.length; at += MSS) {
                c.send(0x18, java.util.Arrays.copyOfRange(body, at, Math.min(body.length, at + MSS)), s);
                if ((at / MSS) % 2 == 1) {
                    s.send(0x10, null, c);
                }
            }
            s.line("250 2.0.0 Ok: queued as 4F2B1C0A7", c);
        }
        c.line("QUIT", s);
        s.line("221 2.0.0 Bye", c);
        c.send(0x11, null, s);
        s.send(0x11, null, c);
        c.send(0x10, null, s);
    }

    static byte[] body(int kib) {
        StringBuilder b = new StringBuilder("Subject: Monthly figures\r\nFrom: sender@example.org\r\n\r\n");
        String line = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.\r\n";
        while (b.length() < kib * 1024) {
            b.append(line);
        }
        return b.append(".\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    static void https(int client, int cport, int server, int segments) throws IOException {
        Tcp c = new Tcp(client, cport, server, 443, random.nextInt());
        Tcp s = new Tcp(server, 443, client, cport, random.nextInt());
        for (int i = 0; i < segments; i++) {
            s.send(0x18, noise, c);
            if (i % 2 == 1) {
                c.send(0x10, null, s);
            }
        }
    }

    static final class Tcp {
        final int src;
        final int sport;
        final int dst;
        final int dport;
        int seq;

        Tcp(int src, int sport, int dst, int dport, int seq) {
            this.src = src;
            this.sport = sport;
            this.dst = dst;
            this.dport = dport;
            this.seq = seq;
        }

        void line(String text, Tcp peer) throws IOException {
            send(0x18, (text + "\r\n").getBytes(StandardCharsets.US_ASCII), peer);
        }

        void send(int flags, byte[] payload, Tcp peer) throws IOException {
            int length = payload == null ? 0 : payload.length;
            frame.clear();
            frame.put(new byte[] {2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2}).putShort((short) 0x0800);
            frame.put((byte) 0x45).put((byte) 0).putShort((short) (40 + length)).putShort((short) 0)
                    .putShort((short) 0x4000).put((byte) 64).put((byte) 6).putShort((short) 0).putInt(src).putInt(dst);
            frame.putShort((short) sport).putShort((short) dport).putInt(seq).putInt(peer.seq)
                    .put((byte) 0x50).put((byte) flags).putShort((short) 65535).putInt(0);
            if (payload != null) {
                frame.put(payload);
            }
            seq += length + ((flags & 0x03) != 0 ? 1 : 0);
            micros += 7;
            record.clear();
            record.putInt((int) (micros / 1_000_000)).putInt((int) (micros % 1_000_000)).putInt(frame.position())
                    .putInt(frame.position());
            out.write(record.array());
            out.write(frame.array(), 0, frame.position());
            written += 16 + frame.position();
        }
    }
}
