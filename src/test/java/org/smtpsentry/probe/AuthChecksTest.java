package org.smtpsentry.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smtpsentry.probe.ScriptedSmtpServer.greeted;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.smtpsentry.verdict.ProbeFailure;
import org.smtpsentry.verdict.ProbeFailure.Grade;

/** AUTH without TLS, sender ownership of a login, and the brute-force defence. */
class AuthChecksTest {
    private static final Credentials ALICE = new Credentials("alice@example.test", "s3cret-Pa55");
    private static final List<String> CAPABILITIES = List.of("AUTH PLAIN LOGIN");

    private static List<ProbeFailure> run(ProbeSettings settings, Check check, ScriptedSmtpServer.Script... then)
            throws IOException {
        ScriptedSmtpServer.Script[] scripts = new ScriptedSmtpServer.Script[then.length + 1];
        scripts[0] = greeted(CAPABILITIES, l -> List.of("502 no"));
        System.arraycopy(then, 0, scripts, 1, then.length);
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(scripts)) {
            PortProbe port = Probing.port(ScriptedPort.on(settings, server.port()));
            List<ProbeFailure> findings = Checks.run(server, port, check);
            for (ProbeFailure f : findings) {
                for (String line : f.transcript()) {
                    assertFalse(line.contains(ALICE.password()) || line.contains(ALICE.plainResponse()),
                            "no password in the transcript: " + line);
                }
            }
            return findings;
        }
    }

    private static ScriptedSmtpServer.Script answering(Function<String, List<String>> answer) {
        return greeted(CAPABILITIES, answer);
    }

    @Test
    void authAcceptedWithoutTlsFailsAndThePasswordIsNeverSent() throws IOException {
        List<ProbeFailure> findings = run(Probing.settings(0, null, null, 0), new ClearAuthCheck(),
                answering(line -> line.equals("AUTH PLAIN") ? List.of("334 ") : List.of("501 5.7.0 Authentication aborted")));
        assertEquals(1, Checks.graded(findings, Grade.FAIL).size(), Checks.text(findings));
        assertTrue(findings.get(0).transcript().contains("C: *"));
    }

    @Test
    void authRefusedWithoutTlsIsFine() throws IOException {
        List<ProbeFailure> findings = run(Probing.settings(0, null, null, 0), new ClearAuthCheck(),
                answering(line -> List.of("503 5.5.1 Error: authentication not enabled")));
        assertEquals(Grade.INFO, findings.get(0).grade());
    }

    @Test
    void aLoginThatMaySendAsAnyoneFails() throws IOException {
        List<ProbeFailure> findings = run(Probing.settings(0, ALICE, null, 0), new SenderOwnershipCheck(),
                answering(line -> line.startsWith("AUTH PLAIN ") ? List.of("235 2.7.0 Authentication successful")
                        : List.of("250 2.1.0 Ok")));
        ProbeFailure fail = Checks.graded(findings, Grade.FAIL).get(0);
        assertTrue(fail.finding().contains("may send as " + SenderOwnershipCheck.FORGED_LOCAL_PART
                + "@example.test and " + SenderOwnershipCheck.FORGED_LOCAL_PART + "@example.org"), fail.finding());
        assertTrue(fail.transcript().stream().anyMatch(o -> o.equals(
                "C: AUTH PLAIN (alice@example.test, password hidden)")));
    }

    @Test
    void aLoginMismatchRejectedAtRcptIsFine() throws IOException {
        List<ProbeFailure> findings = run(Probing.settings(0, ALICE, null, 0), new SenderOwnershipCheck(),
                answering(line -> {
                    if (line.startsWith("AUTH PLAIN ")) {
                        return List.of("235 2.7.0 Authentication successful");
                    }
                    return line.startsWith("RCPT") ? List.of("553 5.7.1 <x>: Sender address rejected: not owned by"
                            + " user alice@example.test") : List.of("250 2.1.0 Ok");
                }));
        assertEquals(List.of(), Checks.graded(findings, Grade.FAIL));
        assertTrue(Checks.text(findings).contains("cannot send as another sender"));
    }

    @Test
    void aWrongLoginGivenByTheOperatorIsAWarning() throws IOException {
        List<ProbeFailure> findings = run(Probing.settings(0, ALICE, null, 0), new SenderOwnershipCheck(),
                answering(line -> List.of("535 5.7.8 Error: authentication failed: authentication failure")));
        assertEquals(Grade.WARN, findings.get(0).grade());
    }

    @Test
    void bruteForceWithoutAnyDefenceFails() throws IOException {
        List<ProbeFailure> findings = run(Probing.settings(0, null, null, 4), new BruteForceCheck(),
                answering(line -> List.of("535 5.7.8 Error: authentication failed: authentication failure")));
        assertEquals(1, findings.size());
        assertEquals(Grade.FAIL, findings.get(0).grade());
        assertTrue(findings.get(0).finding().startsWith("4 wrong logins in a row"));
    }

    @Test
    void bruteForceSeesTheAnvilLimitAndStops() throws IOException {
        int[] attempts = {0};
        ScriptedSmtpServer.Script limited = answering(line -> ++attempts[0] <= 5
                ? List.of("535 5.7.8 Error: authentication failed: authentication failure")
                : List.of("450 4.7.1 Error: too many AUTH commands from 127.0.0.1"));
        List<ProbeFailure> findings = run(Probing.settings(0, null, null, 10), new BruteForceCheck(), limited);
        assertEquals(Grade.INFO, findings.get(0).grade());
        assertTrue(findings.get(0).finding().contains("at wrong login 6 it refused with 450 4.7.1"),
                findings.get(0).finding());
        assertEquals(6, attempts[0], "stopped at the first sign of blocking");
    }

    @Test
    void bruteForceSeesAServerThatStopsAnswering() throws IOException {
        int[] attempts = {0};
        ScriptedSmtpServer.Script tarpit = answering(line -> {
            if (++attempts[0] == 3) {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return List.of("535 5.7.8 Error: authentication failed");
        });
        List<ProbeFailure> findings = run(Probing.settings(0, null, null, 10), new BruteForceCheck(), tarpit);
        assertTrue(findings.get(0).finding().contains("at wrong login 3 it stopped answering"),
                findings.get(0).finding());
    }

    @Test
    void bruteForceSeesABan() throws IOException {
        ScriptedSmtpServer.Script banned = answering(line -> List.of("421 4.7.0 mx.example.test Error: banned"));
        List<ProbeFailure> findings = run(Probing.settings(0, null, null, 10), new BruteForceCheck(), banned);
        assertTrue(findings.get(0).finding().contains("at wrong login 1 it refused with 421"),
                findings.get(0).finding());
    }
}
