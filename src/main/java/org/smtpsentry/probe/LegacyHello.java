package org.smtpsentry.probe;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * Asks a server whether it still speaks TLS 1.0 or 1.1 with one ClientHello of that version, and reads only the
 * answer's first record: a ServerHello of the same version means yes, an alert or a close means no. The JDK cannot
 * do this itself: its jdk.tls.disabledAlgorithms removes TLS 1.0/1.1 for the whole JVM, and SSLParameters can only
 * narrow that list, never widen it. No key exchange happens; the probe closes the connection after the ServerHello.
 */
final class LegacyHello {
    static final int TLS10 = 1;
    static final int TLS11 = 2;
    private static final int MAX_RECORD = 16_384 + 2_048;
    /** Cipher suites TLS 1.0 servers offer: ECDHE/DHE/RSA with AES-CBC and 3DES, SHA-1 MACs. */
    private static final int[] SUITES = {0xc013, 0xc014, 0xc009, 0xc00a, 0x0033, 0x0039, 0x002f, 0x0035, 0x000a};

    /** The server's answer: whether it accepted the version, and what it said. */
    record Answer(boolean accepted, String detail) {
    }

    private LegacyHello() {
    }

    static Answer offer(Socket socket, int minor, String serverName) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(clientHello(minor, serverName));
        out.flush();
        DataInputStream in = new DataInputStream(socket.getInputStream());
        int type;
        try {
            type = in.readUnsignedByte();
        } catch (EOFException e) {
            return new Answer(false, "closed the connection");
        }
        in.readUnsignedShort();
        int length = in.readUnsignedShort();
        if (length > MAX_RECORD || length < 2) {
            return new Answer(false, "answered with a record of " + length + " bytes, not TLS");
        }
        byte[] body = new byte[length];
        in.readFully(body);
        if (type == 0x15) {
            return new Answer(false, "alert " + (body[1] & 0xff) + " (" + alert(body[1] & 0xff) + ")");
        }
        if (type != 0x16 || (body[0] & 0xff) != 2 || length < 6) {
            return new Answer(false, "answered with record type " + type + ", not a ServerHello");
        }
        int major = body[4] & 0xff;
        int chosen = body[5] & 0xff;
        boolean same = major == 3 && chosen == minor;
        return new Answer(same, "ServerHello version 3." + chosen);
    }

    static byte[] clientHello(int minor, String serverName) {
        ByteArrayOutputStream hello = new ByteArrayOutputStream();
        hello.write(3);
        hello.write(minor);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        hello.writeBytes(random);
        hello.write(0); // no session id
        short16(hello, SUITES.length * 2);
        for (int suite : SUITES) {
            short16(hello, suite);
        }
        hello.write(1);
        hello.write(0); // null compression
        ByteArrayOutputStream extensions = new ByteArrayOutputStream();
        if (serverName != null) {
            byte[] name = serverName.getBytes(StandardCharsets.US_ASCII);
            short16(extensions, 0x0000);
            short16(extensions, name.length + 5);
            short16(extensions, name.length + 3);
            extensions.write(0);
            short16(extensions, name.length);
            extensions.writeBytes(name);
        }
        short16(extensions, 0x000a); // supported groups: x25519, secp256r1, secp384r1
        short16(extensions, 8);
        short16(extensions, 6);
        short16(extensions, 0x001d);
        short16(extensions, 0x0017);
        short16(extensions, 0x0018);
        short16(extensions, 0x000b); // EC point formats: uncompressed
        short16(extensions, 2);
        extensions.write(1);
        extensions.write(0);
        short16(extensions, 0xff01); // renegotiation info, empty
        short16(extensions, 1);
        extensions.write(0);
        short16(hello, extensions.size());
        hello.writeBytes(extensions.toByteArray());

        ByteArrayOutputStream handshake = new ByteArrayOutputStream();
        handshake.write(1); // ClientHello
        handshake.write(0);
        short16(handshake, hello.size());
        handshake.writeBytes(hello.toByteArray());

        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.write(0x16);
        record.write(3);
        record.write(1);
        short16(record, handshake.size());
        record.writeBytes(handshake.toByteArray());
        return record.toByteArray();
    }

    private static String alert(int code) {
        return switch (code) {
            case 40 -> "handshake failure";
            case 70 -> "protocol version";
            case 71 -> "insufficient security";
            case 80 -> "internal error";
            default -> "code " + code;
        };
    }

    private static void short16(ByteArrayOutputStream out, int value) {
        out.write((value >> 8) & 0xff);
        out.write(value & 0xff);
    }
}
