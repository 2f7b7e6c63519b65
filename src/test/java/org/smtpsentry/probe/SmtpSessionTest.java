package org.smtpsentry.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smtpsentry.probe.ScriptedSmtpServer.script;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmtpSessionTest {

    private static SmtpSession session(ScriptedSmtpServer server) throws IOException {
        PortProbe port = Probing.port(server.port());
        return SmtpSession.connect(port.endpoint(), port.transcript(), port.tls());
    }

    @Test
    void readsMultiLineRepliesAndRecordsTheTranscript() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(script().send("220 mx ESMTP").expect("EHLO")
                .send("250-mx.example.test", "250-PIPELINING", "250 AUTH PLAIN LOGIN"));
             SmtpSession session = session(server)) {
            assertEquals(220, session.greeting().code());
            Reply ehlo = session.command("EHLO probe.test");
            assertEquals(250, ehlo.code());
            assertEquals(List.of("mx.example.test", "PIPELINING", "AUTH PLAIN LOGIN"), ehlo.lines());
            assertEquals(List.of("PLAIN", "LOGIN"), new Ehlo(ehlo).authMechanisms());
            assertTrue(session.transcript().lines().contains("C: EHLO probe.test"));
            assertTrue(session.transcript().lines().contains("S: 250 AUTH PLAIN LOGIN"));
        }
    }

    @Test
    void survivesARepliesSentByteByByte() throws IOException {
        byte[] greeting = "220-mx.example.test\r\n220 ESMTP\r\n".getBytes(StandardCharsets.US_ASCII);
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(script().raw(greeting, 5));
             SmtpSession session = session(server)) {
            assertEquals(List.of("mx.example.test", "ESMTP"), session.greeting().lines());
        }
    }

    @Test
    void anOversizedLineIsMalformedNotAnEndlessRead() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(script().send("220 " + "x".repeat(5_000)));
             SmtpSession session = session(server)) {
            MalformedReply e = assertThrows(MalformedReply.class, session::greeting);
            assertTrue(e.getMessage().contains("longer than 2048 bytes"), e.getMessage());
        }
    }

    @Test
    void anEndlessMultiLineReplyIsCutOff() throws IOException {
        String[] lines = new String[300];
        java.util.Arrays.fill(lines, "220-more");
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(script().send(lines));
             SmtpSession session = session(server)) {
            assertThrows(MalformedReply.class, session::greeting);
        }
    }

    @Test
    void garbageIsMalformed() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(script().send("SSH-2.0-OpenSSH_9.2"));
             SmtpSession session = session(server)) {
            assertThrows(MalformedReply.class, session::greeting);
        }
    }

    @Test
    void aServerThatDripsSlowerThanTheReplyTimeoutIsCutOff() throws IOException {
        byte[] slow = "220 this greeting drips one byte every 300 ms\r\n".getBytes(StandardCharsets.US_ASCII);
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(script().raw(slow, 300));
             SmtpSession session = session(server)) {
            long start = System.nanoTime();
            assertThrows(SocketTimeoutException.class, session::greeting);
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "gave up within the 2 s reply timeout");
        }
    }

    @Test
    void a421EndsTheSessionAsServiceClosing() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(script().send("220 mx").expect("EHLO")
                .send("421 4.7.0 mx Error: too many connections from 127.0.0.1"));
             SmtpSession session = session(server)) {
            session.greeting();
            ServiceClosing e = assertThrows(ServiceClosing.class, () -> session.command("EHLO probe.test"));
            assertEquals(421, e.reply().code());
        }
    }

    @Test
    void aClosedConnectionIsEof() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(script().send("220 mx").expect("EHLO"));
             SmtpSession session = session(server)) {
            session.greeting();
            assertThrows(EOFException.class, () -> session.command("EHLO probe.test"));
        }
    }

    @Test
    void aClosedPortIsUnreachable() throws IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PortProbe probe = Probing.port(port);
        assertThrows(Unreachable.class, () -> SmtpSession.connect(probe.endpoint(), probe.transcript(), probe.tls()));
    }
}
