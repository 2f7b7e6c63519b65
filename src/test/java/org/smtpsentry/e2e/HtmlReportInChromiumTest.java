package org.smtpsentry.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpsentry.cli.Main;
import org.smtpsentry.exec.ProgramRun;
import org.smtpsentry.exec.Programs;

/**
 * The HTML report opened in a real headless Chromium, offline: the page renders, its charts and findings are in the
 * DOM Chromium built, and a screenshot is taken.
 */
@Tag("e2e")
class HtmlReportInChromiumTest {
    private static final List<String> CHROMIUM = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync");

    @TempDir
    Path dir;

    @Test
    void theReportRendersInChromiumWithItsChartsAndFindings() throws IOException {
        Assumptions.assumeTrue(Programs.find("chromium").isPresent(), "chromium is not installed (apt-get install chromium)");
        Path html = dir.resolve("report.html");
        int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "analyze",
                "--timezone", "UTC", "--local-domain", "example.com", "--html", html.toString(),
                "src/test/resources/analyze/incident.log");
        assertEquals(1, status);

        ProgramRun dom = chromium("--user-data-dir=" + dir.resolve("profile1"), "--dump-dom", html.toUri().toString());
        assertTrue(dom.succeeded(), dom.stderrText());
        String rendered = dom.stdoutText();
        assertTrue(rendered.contains("<polyline"), "the timeline chart is in the rendered DOM");
        assertTrue(rendered.contains("Compromised account sales@example.com"), "the finding is in the rendered DOM");
        assertTrue(rendered.contains("203.0.113.9"));

        Path png = dir.resolve("report.png");
        ProgramRun shot = chromium("--user-data-dir=" + dir.resolve("profile2"), "--window-size=1100,1400",
                "--screenshot=" + png, html.toUri().toString());
        assertTrue(shot.succeeded(), shot.stderrText());
        assertTrue(Files.size(png) > 10_000, "a screenshot with content was taken");
    }

    private static ProgramRun chromium(String... args) {
        List<String> argv = new java.util.ArrayList<>(List.of("chromium"));
        argv.addAll(CHROMIUM);
        argv.addAll(List.of(args));
        return Programs.run(argv, Duration.ofSeconds(120));
    }
}
