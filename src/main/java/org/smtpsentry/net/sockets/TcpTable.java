package org.smtpsentry.net.sockets;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.smtpsentry.text.IpLiteral;

/**
 * The kernel's TCP socket tables, /proc/net/tcp and /proc/net/tcp6: addresses in hex (in the kernel's byte order,
 * little-endian on the machines this runs on), state, owner uid and socket inode. Bounded: lines longer than
 * {@link #MAX_LINE} or more than {@link #MAX_SOCKETS} sockets are not read.
 */
final class TcpTable {
    static final int MAX_LINE = 512;
    static final int MAX_SOCKETS = 1_000_000;

    private TcpTable() {
    }

    /** The sockets whose remote port is one of {@code ports}, except listening ones. */
    static List<Socket> outbound(Path proc, Set<Integer> ports) throws IOException {
        List<Socket> list = new ArrayList<>();
        read(proc.resolve("net/tcp"), ports, list);
        read(proc.resolve("net/tcp6"), ports, list);
        return list;
    }

    private static void read(Path table, Set<Integer> ports, List<Socket> into) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(table, StandardCharsets.US_ASCII)) {
            in.readLine(); // the column titles
            String line;
            int read = 0;
            while ((line = in.readLine()) != null && read++ < MAX_SOCKETS) {
                if (line.length() > MAX_LINE) {
                    continue;
                }
                Socket s = parse(line);
                if (s != null && ports.contains(s.remotePort()) && s.state() != SocketState.LISTEN) {
                    into.add(s);
                }
            }
        } catch (NoSuchFileException e) {
            // no IPv6 (or no IPv4) on this kernel
        }
    }

    /** One table line: "sl local rem st tx:rx tr:when retrnsmt uid timeout inode ...", or null when malformed. */
    static Socket parse(String line) {
        String[] f = line.strip().split("\\s+");
        if (f.length < 10) {
            return null;
        }
        try {
            String[] local = f[1].split(":");
            String[] remote = f[2].split(":");
            return new Socket(address(local[0]), Integer.parseInt(local[1], 16), address(remote[0]),
                    Integer.parseInt(remote[1], 16), SocketState.of(Integer.parseInt(f[3], 16)),
                    Integer.parseInt(f[7]), Long.parseLong(f[9]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** "0100007F" -> "127.0.0.1"; IPv6 is four 32-bit words, each in the kernel's (little-endian) order. */
    static String address(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        if (bytes.length != 4 && bytes.length != 16) {
            throw new IllegalArgumentException(hex);
        }
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                int at = word * 8 + (3 - i) * 2;
                bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        try {
            java.net.InetAddress a = java.net.InetAddress.getByAddress(bytes);
            if (a instanceof java.net.Inet6Address && isV4Mapped(bytes)) {
                return java.net.InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)).getHostAddress();
            }
            return IpLiteral.text(a);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(hex, e);
        }
    }

    private static boolean isV4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }
}
