package org.smtpsentry.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class LegacyHelloTest {

    /** Reads one ClientHello record and answers with {@code answer}; returns the hello's offered version. */
    private static LegacyHello.Answer exchange(int minor, byte[] answer, int[] offered) throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread peer = Thread.ofVirtual().start(() -> {
                try (Socket s = server.accept()) {
                    DataInputStream in = new DataInputStream(s.getInputStream());
                    byte[] header = new byte[5];
                    in.readFully(header);
                    byte[] body = new byte[((header[3] & 0xff) << 8) | (header[4] & 0xff)];
                    in.readFully(body);
                    offered[0] = body[5] & 0xff;
                    OutputStream out = s.getOutputStream();
                    out.write(answer);
                    out.flush();
                } catch (IOException e) {
                    offered[0] = -1;
                }
            });
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                client.setSoTimeout(2_000);
                LegacyHello.Answer result = LegacyHello.offer(client, minor, "mx.example.test");
                peer.join();
                return result;
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
        }
    }

    @Test
    void aServerHelloOfTheOfferedVersionIsAcceptance() throws IOException {
        byte[] serverHello = {0x16, 3, 1, 0, 6, 2, 0, 0, 2, 3, 1};
        int[] offered = new int[1];
        LegacyHello.Answer answer = exchange(LegacyHello.TLS10, serverHello, offered);
        assertTrue(answer.accepted(), answer.detail());
        assertEquals(1, offered[0], "a TLS 1.0 ClientHello");
    }

    @Test
    void aProtocolVersionAlertIsRefusal() throws IOException {
        LegacyHello.Answer answer = exchange(LegacyHello.TLS11, new byte[] {0x15, 3, 2, 0, 2, 2, 70}, new int[1]);
        assertFalse(answer.accepted());
        assertEquals("alert 70 (protocol version)", answer.detail());
    }

    @Test
    void aCloseIsRefusalAndAnOversizedRecordIsNotRead() throws IOException {
        assertFalse(exchange(LegacyHello.TLS10, new byte[0], new int[1]).accepted());
        LegacyHello.Answer huge = exchange(LegacyHello.TLS10, new byte[] {0x16, 3, 1, (byte) 0xff, (byte) 0xff},
                new int[1]);
        assertFalse(huge.accepted());
        assertTrue(huge.detail().contains("65535 bytes"), huge.detail());
    }
}
