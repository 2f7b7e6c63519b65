package org.smtpsentry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * analyze end to end on a small incident written for the test (ISO timestamps, so no year inference depends on the
 * checkout's file times): the printed reports are compared with golden files. After an intended change of the
 * output, regenerate them with {@code ./mvnw test -Dtest=AnalyzeCommandTest -Dgolden.update=true} and review the diff.
 */
class AnalyzeCommandTest {
    private static final Path DIR = Path.of("src/test/resources/analyze");
    private static final String LOG = DIR.resolve("incident.log").toString();

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    private static void golden(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from golden file " + file);
    }

    @Test
    void terminalReportMatchesItsGoldenFile() throws IOException {
        Run r = run("analyze", "--timezone", "UTC", "--local-domain", "example.com", LOG);
        assertEquals(1, r.status(), "findings give exit status 1");
        golden("incident.txt", r.out());
    }

    @Test
    void jsonReportMatchesItsGoldenFile() throws IOException {
        Run r = run("analyze", "--json", "--timezone", "UTC", "--local-domain", "example.com", LOG);
        assertEquals(1, r.status());
        golden("incident.json", r.out());
    }

    @Test
    void theIncidentsFindingsAreNamedAndTheHonestUserIsNot() {
        String out = run("analyze", "--json", "--timezone", "UTC", "--local-domain", "example.com", LOG).out();
        assertTrue(out.contains("\"login\": \"sales@example.com\""));
        assertTrue(out.contains("\"ip\": \"203.0.113.9\""));
        assertTrue(out.contains("\"ip\": \"203.0.113.77\""));
        assertTrue(out.contains("\"uid\": 33"));
        assertFalse(out.contains("\"login\": \"tom@example.com\""));
    }

    @Test
    void htmlReportIsWrittenSelfContained(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("report.html");
        run("analyze", "--timezone", "UTC", "--local-domain", "example.com", "--html", html.toString(), LOG);
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<polyline"), "the timeline is drawn");
        assertTrue(page.contains("sales@example.com"));
        assertFalse(page.contains("<script") || page.contains("http://") && !page.contains("xmlns=\"http://www.w3.org/2000/svg\""),
                "nothing is fetched or run");
    }

    @Test
    void aMissingLogIsOneErrorLineAndStatusTwo() {
        Run r = run("analyze", "no-such.log");
        assertEquals(2, r.status());
        assertEquals("smtpsentry: no-such.log: no such file; nothing analysed\n", r.err());
    }

    @Test
    void aBadDurationNamesTheOption() {
        Run r = run("analyze", "--findtime", "10x", LOG);
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("smtpsentry: --findtime: \"10x\" is not a duration"), r.err());
    }

    @Test
    void aQuietLogGivesStatusZero(@TempDir Path dir) throws IOException {
        Path quiet = dir.resolve("quiet.log");
        Files.writeString(quiet, "2026-11-22T10:00:00Z mail postfix/smtpd[1]: connect from unknown[192.0.2.1]\n");
        Run r = run("analyze", "--timezone", "UTC", quiet.toString());
        assertEquals(0, r.status());
        assertTrue(r.out().contains("No abuse found."));
    }

    @Test
    void aPasswordTheLogGaveAwayIsAWeakCredentialAndIsNeverPrinted(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("s20261122.log");
        Files.writeString(log, String.join("\n",
                "192.0.2.26 [0D38] 10:57:43 Connected",
                "192.0.2.26 [0D38] 10:57:43 <<< EHLO office-pc",
                "192.0.2.26 [0D38] 10:57:44 <<< auth login aW5mb0BleGFtcGxlLmNvbQ==",
                "192.0.2.26 [0D38] 10:57:44 >>> 334 UGFzc3dvcmQ6",
                "192.0.2.26 [0D38] 10:57:44 <<< aW5mbw==",
                "192.0.2.26 [0D38] 10:57:44 >>> 235 2.0.0 Authentication successful",
                "192.0.2.26 [0D38] 10:57:45 <<< QUIT", "") );
        Run r = run("analyze", "--timezone", "UTC", log.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().contains("WEAK PASSWORDS SEEN IN THE LOGS (1)"), r.out());
        assertTrue(r.out().contains("info@example.com: the password is the user name"), r.out());
        assertFalse(r.out().contains("aW5mbw=="), "the password line is never shown");
        Run json = run("analyze", "--json", "--timezone", "UTC", log.toString());
        assertTrue(json.out().contains("\"weakness\": \"the password is the user name"), json.out());
    }
}
