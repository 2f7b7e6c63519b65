package org.smtpsentry.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smtpsentry.probe.ScriptedSmtpServer.greeted;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.smtpsentry.verdict.ProbeFailure;
import org.smtpsentry.verdict.ProbeFailure.Grade;

class RelayCheckTest {

    /** Accepts MAIL and RSET; RCPT as {@code rcpt} says; DATA and the message when {@code data}. */
    private static Function<String, List<String>> server(Function<String, List<String>> rcpt) {
        return line -> {
            if (line.startsWith("RCPT TO:")) {
                return rcpt.apply(line.substring(8));
            }
            if (line.equals("DATA")) {
                return List.of("354 End data with <CR><LF>.<CR><LF>");
            }
            return List.of("250 2.0.0 Ok");
        };
    }

    @Test
    void everyFormIsTriedAndStoppedAtRcpt() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(greeted(List.of(), l -> List.of("502 no")),
                greeted(List.of(), server(to -> List.of("454 4.7.1 " + to + ": Relay access denied"))))) {
            List<ProbeFailure> findings = Checks.run(server, Probing.port(server.port()), new RelayCheck());
            assertEquals(1, findings.size());
            assertEquals(Grade.INFO, findings.get(0).grade());
            assertTrue(findings.get(0).finding().startsWith("no relay: all 17 relay forms refused at RCPT (codes 454)"),
                    findings.get(0).finding());
            List<String> received = server.received();
            assertEquals(17, received.stream().filter(l -> l.startsWith("RCPT TO:")).count());
            assertEquals(17, received.stream().filter(l -> l.equals("RSET")).count());
            assertTrue(received.stream().noneMatch(l -> l.equals("DATA")), "never sends a message");
            for (String form : List.of("RCPT TO:<smtpsentry-relay-test%example.org@[127.0.0.1]>",
                    "RCPT TO:<@[127.0.0.1]:smtpsentry-relay-test@example.org>",
                    "RCPT TO:<\"smtpsentry-relay-test@example.org\">", "RCPT TO:<example.org!smtpsentry-relay-test>",
                    "RCPT TO:<smtpsentry-relay-test@example.org@mx.example.test>", "MAIL FROM:<>")) {
                assertTrue(received.contains(form), form + " in " + received);
            }
        }
    }

    @Test
    void anAcceptedRcptIsOnlySuspect() throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(greeted(List.of(), l -> List.of("502 no")),
                greeted(List.of(), server(to -> to.contains("!") ? List.of("250 2.1.5 Ok")
                        : List.of("554 5.7.1 Relay access denied"))))) {
            List<ProbeFailure> findings = Checks.run(server, Probing.port(server.port()), new RelayCheck());
            assertEquals(Grade.WARN, findings.get(0).grade());
            assertTrue(findings.get(0).finding().startsWith("suspect open relay: RCPT accepted for 3 address forms"
                    + " (bang path <example.org!smtpsentry-relay-test>"), findings.get(0).finding());
            assertTrue(server.received().stream().noneMatch(l -> l.equals("DATA")));
        }
    }

    @Test
    void relayConfirmSendsOneTestMessage() throws IOException {
        Function<String, List<String>> open = server(to -> List.of("250 2.1.5 Ok"));
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(greeted(List.of(), l -> List.of("502 no")),
                greeted(List.of(), open), greeted(List.of(), open))) {
            PortProbe port = Probing.port(ScriptedPort.on(Probing.settings(0, null, "me@example.net", 0),
                    server.port()));
            List<ProbeFailure> findings = Checks.run(server, port, new RelayCheck());
            assertEquals(Grade.FAIL, findings.get(0).grade(), Checks.text(findings));
            assertTrue(findings.get(0).finding().startsWith("open relay: the server took a test message for"
                    + " me@example.net"), findings.get(0).finding());
            assertEquals(1, server.received().stream().filter(l -> l.equals("DATA")).count());
            assertTrue(server.received().contains("RCPT TO:<me@example.net>"));
        }
    }
}
