package org.smtpsentry.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smtpsentry.probe.ScriptedSmtpServer.script;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smtpsentry.verdict.ProbeFailure;
import org.smtpsentry.verdict.ProbeFailure.Grade;

class BannerCheckTest {

    private static List<ProbeFailure> banner(ScriptedSmtpServer.Script script) throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(script)) {
            return Checks.run(server, Probing.port(server.port()), new BannerCheck());
        }
    }

    @Test
    void softwareAndVersionInTheBannerAreAWarning() throws IOException {
        List<ProbeFailure> findings = banner(script().send("220 mx.example.test ESMTP Postfix 3.7.11 (Debian/GNU)")
                .expect("EHLO").send("250 mx.example.test").expect("QUIT").send("221 bye"));
        ProbeFailure warn = Checks.graded(findings, Grade.WARN).get(0);
        assertTrue(warn.finding().contains("postfix") && warn.finding().contains("3.7.11"), warn.finding());
        assertTrue(warn.fix().contains("smtpd_banner"));
        assertEquals("S: 220 mx.example.test ESMTP Postfix 3.7.11 (Debian/GNU)",
                warn.evidence().samples().get(1).text());
    }

    @Test
    void versionsAreFoundButAddressesAreNot() {
        assertEquals("4.96", BannerCheck.version("mx.example.test ESMTP Exim 4.96 Mon, 23 Nov 2026 12:00:00 +0000"));
        assertEquals("2.3", BannerCheck.version("[192.0.2.25] ESMTP ready v2.3"));
        assertEquals(null, BannerCheck.version("mx1.example.test ESMTP ready at 192.0.2.25"));
    }

    @Test
    void aNeutralBannerIsInformation() throws IOException {
        List<ProbeFailure> findings = banner(script().send("220 mx.example.test ESMTP").expect("EHLO")
                .send("250 mx.example.test").expect("QUIT").send("221 bye"));
        assertEquals(List.of(), Checks.graded(findings, Grade.WARN));
        assertTrue(Checks.text(findings).contains("neutral banner"));
    }

    @Test
    void aRefusedGreetingIsARateLimitFindingNotAnError() throws IOException {
        List<ProbeFailure> findings = banner(script().send("421 4.7.0 mx.example.test Error: too many connections"));
        assertEquals(1, findings.size());
        assertEquals(Grade.INFO, findings.get(0).grade());
        assertTrue(findings.get(0).finding().contains("421"), findings.get(0).finding());
    }

    @Test
    void aSlowGreetingIsReportedAsATarpit() throws IOException {
        List<ProbeFailure> findings = banner(script().pause(1_200).send("220 mx.example.test ESMTP").expect("EHLO")
                .send("250 mx.example.test").expect("QUIT").send("221 bye"));
        assertTrue(Checks.text(findings).contains("INFO banner the greeting took 1 s"), Checks.text(findings));
    }
}
