package org.smtpsentry.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smtpsentry.probe.ScriptedSmtpServer.script;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smtpsentry.verdict.ProbeFailure;
import org.smtpsentry.verdict.ProbeFailure.Grade;

class CapabilityCheckTest {

    private static List<ProbeFailure> capabilities(String... ehlo) throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(script().send("220 mx.example.test ESMTP")
                .expect("EHLO").send(ehlo).answer(line -> line.startsWith("STARTTLS")
                        ? List.of("454 4.7.0 TLS not available due to local problem") : List.of("502 no")))) {
            return Checks.run(server, Probing.port(server.port()), new CapabilityCheck());
        }
    }

    @Test
    void plaintextAuthBeforeStarttlsFails() throws IOException {
        List<ProbeFailure> findings = capabilities("250-mx.example.test", "250-AUTH PLAIN LOGIN XOAUTH2",
                "250 8BITMIME");
        String text = Checks.text(findings);
        assertTrue(text.contains("FAIL capabilities AUTH PLAIN LOGIN offered before STARTTLS"), text);
        assertTrue(text.contains("FAIL capabilities no STARTTLS but AUTH"), text);
        assertTrue(text.contains("INFO capabilities OAuth mechanisms offered: XOAUTH2"), text);
        assertTrue(text.contains("INFO capabilities AUTH mechanisms: PLAIN LOGIN XOAUTH2"), text);
    }

    @Test
    void noStarttlsWithoutAuthIsAWarning() throws IOException {
        List<ProbeFailure> findings = capabilities("250-mx.example.test", "250 8BITMIME");
        assertEquals(1, Checks.graded(findings, Grade.WARN).size());
        assertTrue(Checks.graded(findings, Grade.WARN).get(0).finding().startsWith("no STARTTLS"));
    }

    @Test
    void aStarttlsThatIsOfferedButRefusedFails() throws IOException {
        List<ProbeFailure> findings = capabilities("250-mx.example.test", "250 STARTTLS");
        assertTrue(Checks.text(findings).contains("FAIL capabilities STARTTLS offered but refused: 454"),
                Checks.text(findings));
    }
}
