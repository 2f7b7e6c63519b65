package org.smtpsentry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smtpsentry.testkit.CommandRun.run;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.smtpsentry.testkit.CommandRun;

class ProbeCommandTest {

    /** A loopback server answering every connection with {@code greeting} and then {@code answer} per line. */
    private static final class FakeServer implements AutoCloseable {
        final ServerSocket socket;

        FakeServer(String greeting, Function<String, String> answer) throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket c = socket.accept();
                        Thread.ofVirtual().start(() -> talk(c, greeting, answer));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        private static void talk(Socket c, String greeting, Function<String, String> answer) {
            try (c) {
                var in = new java.io.BufferedReader(new java.io.InputStreamReader(c.getInputStream(),
                        StandardCharsets.UTF_8));
                OutputStream out = c.getOutputStream();
                out.write((greeting + "\r\n").getBytes(StandardCharsets.UTF_8));
                String line;
                while ((line = in.readLine()) != null) {
                    String reply = line.equals("QUIT") ? "221 Bye" : answer.apply(line);
                    out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    if (line.equals("QUIT")) {
                        return;
                    }
                }
            } catch (IOException e) {
                // the probe went away
            }
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static String insecure(String line) {
        if (line.startsWith("EHLO")) {
            return "250-mx.example.test\r\n250-VRFY\r\n250 AUTH PLAIN LOGIN";
        }
        if (line.equals("AUTH PLAIN")) {
            return "334 ";
        }
        if (line.startsWith("VRFY")) {
            return "250 2.0.0 someone <someone@example.test>";
        }
        return line.startsWith("EXPN") ? "502 5.5.2 Error: command not recognized" : "250 2.0.0 Ok";
    }

    @Test
    void anInsecureServerFailsWithEveryWeaknessInTheJson() throws IOException {
        try (FakeServer server = new FakeServer("220 mx.example.test ESMTP Postfix 3.7.11",
                ProbeCommandTest::insecure)) {
            CommandRun r = run("probe", "127.0.0.1", "--ports", String.valueOf(server.port()), "--json", "--timeout",
                    "3");
            assertEquals(2, r.status(), r.out() + r.err());
            for (String expected : List.of("\"schema\": \"smtpsentry-probe/1\"", "\"check\": \"banner\"",
                    "AUTH PLAIN LOGIN offered before STARTTLS", "the server accepts AUTH without TLS",
                    "suspect open relay", "VRFY confirms addresses", "\"exit_status\": 2",
                    "probing from 127.0.0.1, a loopback address", "\"fail\": 3")) {
                assertTrue(r.out().contains(expected), expected + " in\n" + r.out());
            }
        }
    }

    @Test
    void theTerminalReportGroupsFindingsWithAFixEach() throws IOException {
        try (FakeServer server = new FakeServer("220 mx.example.test ESMTP", ProbeCommandTest::insecure)) {
            CommandRun r = run("probe", "127.0.0.1", "--ports", String.valueOf(server.port()), "--transcript");
            assertEquals(2, r.status());
            assertTrue(r.out().contains("127.0.0.1:" + server.port() + "\n  FAIL  capabilities"), r.out());
            assertTrue(r.out().contains("fix: offer AUTH only under TLS"), r.out());
            assertTrue(r.out().contains("C: AUTH PLAIN"), r.out());
            assertTrue(r.out().contains("summary: 3 fail, "), r.out());
        }
    }

    @Test
    void aClosedPortIsExitThree() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CommandRun r = run("probe", "127.0.0.1", "--ports", String.valueOf(port));
        assertEquals(3, r.status(), r.out());
        assertTrue(r.out().contains("could not connect to any port"), r.out());
    }

    @Test
    void aServerThatSpeaksGarbageIsAWarningNotACrash() throws IOException {
        try (FakeServer server = new FakeServer("HTTP/1.1 400 Bad Request", line -> "what?")) {
            CommandRun r = run("probe", "127.0.0.1", "--ports", String.valueOf(server.port()));
            assertEquals(1, r.status(), r.out() + r.err());
            assertTrue(r.out().contains("malformed answer: not an SMTP reply line: \"HTTP/1.1 400 Bad Request\""),
                    r.out());
        }
    }

    @Test
    void anEmptyPasswordFileIsOneLineError() throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("smtpsentry-password", ".txt");
        try {
            CommandRun r = run("probe", "127.0.0.1", "--user", "alice@example.test", "--password-file",
                    file.toString());
            assertEquals(2, r.status());
            assertEquals("smtpsentry: " + file + ": --password-file: the first line is empty; put the password on it;"
                    + " not probed\n", r.err());
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void badOptionsAreOneLineErrors() {
        CommandRun r = run("probe", "127.0.0.1", "--ports", "70000");
        assertEquals(2, r.status());
        assertEquals("smtpsentry: --ports: 70000 is not a TCP port (1-65535); not probed\n", r.err());
        CommandRun noPassword = run("probe", "127.0.0.1", "--user", "alice@example.test");
        assertEquals(2, noPassword.status());
        assertTrue(noPassword.err().contains("give --password or --password-file"), noPassword.err());
    }
}
