package org.smtpsentry.net.pcap;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;

/** Builds packets byte by byte from the header layouts of RFC 791, 8200 and 9293, for synthetic captures. */
final class Frames {
    static final int FIN = 0x01;
    static final int SYN = 0x02;
    static final int RST = 0x04;
    static final int PSH = 0x08;
    static final int ACK = 0x10;

    private Frames() {
    }

    static byte[] address(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    static byte[] tcp(int sourcePort, int destinationPort, int seq, int ack, int flags, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(20 + payload.length);
        b.putShort((short) sourcePort).putShort((short) destinationPort).putInt(seq).putInt(ack);
        b.put((byte) (5 << 4)).put((byte) flags).putShort((short) 65535).putShort((short) 0).putShort((short) 0);
        b.put(payload);
        return b.array();
    }

    /** An IPv4 packet (no options unless {@code options} is given, a multiple of 4 bytes). */
    static byte[] ipv4(String source, String destination, byte[] tcp, byte[] options, int fragmentField) {
        int header = 20 + options.length;
        ByteBuffer b = ByteBuffer.allocate(header + tcp.length);
        b.put((byte) (0x40 | header / 4)).put((byte) 0).putShort((short) (header + tcp.length));
        b.putShort((short) 1).putShort((short) fragmentField).put((byte) 64).put((byte) 6).putShort((short) 0);
        b.put(address(source)).put(address(destination)).put(options).put(tcp);
        return b.array();
    }

    static byte[] ipv4(String source, String destination, byte[] tcp) {
        return ipv4(source, destination, tcp, new byte[0], 0x4000);
    }

    /** An IPv6 packet; with {@code extensions} a hop-by-hop and a destination-options header come before TCP. */
    static byte[] ipv6(String source, String destination, byte[] tcp, boolean extensions) {
        ByteArrayOutputStream ext = new ByteArrayOutputStream();
        int first = 6;
        if (extensions) {
            first = 0;
            ext.writeBytes(new byte[] {60, 0, 1, 4, 0, 0, 0, 0}); // hop-by-hop: next=dest options, PadN
            ext.writeBytes(new byte[] {6, 1, 1, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}); // dest options, 16 bytes
        }
        byte[] extBytes = ext.toByteArray();
        ByteBuffer b = ByteBuffer.allocate(40 + extBytes.length + tcp.length);
        b.putInt(0x60000000).putShort((short) (extBytes.length + tcp.length)).put((byte) first).put((byte) 64);
        b.put(address(source)).put(address(destination)).put(extBytes).put(tcp);
        return b.array();
    }

    static byte[] ethernet(byte[] ip, int... vlanTags) {
        ByteBuffer b = ByteBuffer.allocate(14 + 4 * vlanTags.length + ip.length);
        b.put(new byte[] {2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2});
        for (int i = 0; i < vlanTags.length; i++) {
            b.putShort((short) (i == 0 && vlanTags.length > 1 ? 0x88a8 : 0x8100)).putShort((short) vlanTags[i]);
        }
        b.putShort((short) etherType(ip)).put(ip);
        return b.array();
    }

    static byte[] sll(byte[] ip) {
        ByteBuffer b = ByteBuffer.allocate(16 + ip.length);
        b.putShort((short) 0).putShort((short) 772).putShort((short) 6).put(new byte[8]);
        b.putShort((short) etherType(ip)).put(ip);
        return b.array();
    }

    static byte[] sll2(byte[] ip) {
        ByteBuffer b = ByteBuffer.allocate(20 + ip.length);
        b.putShort((short) etherType(ip)).putShort((short) 0).putInt(1).putShort((short) 772).put((byte) 0)
                .put((byte) 6).put(new byte[8]);
        b.put(ip);
        return b.array();
    }

    private static int etherType(byte[] ip) {
        return (ip[0] >> 4) == 6 ? 0x86dd : 0x0800;
    }
}
