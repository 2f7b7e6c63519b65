package org.smtpsentry.audit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpsentry.cli.Main;
import org.smtpsentry.exec.Programs;
import org.smtpsentry.verdict.ConfigGap;

/** Debian's real postconf reading test-written configuration directories with -c DIR (no Postfix running). */
@Tag("e2e")
class AuditConfigEndToEndTest {
    @TempDir
    Path dir;

    @BeforeEach
    void needsPostconf() {
        Assumptions.assumeTrue(Programs.find("postconf").isPresent(), "postconf not installed (postfix)");
    }

    @Test
    void reportsEveryPlantedWeakness() throws Exception {
        ConfigAudit.Result result = ConfigAudit.postfix(PostfixDirs.weak(dir), false);
        assertEquals(new TreeSet<>(PostfixDirs.WEAK_CHECKS), checks(result.gaps()), result.gaps().toString());
        assertTrue(result.source().startsWith("postconf -c "), result.source());
        ConfigGap relay = result.gaps().getFirst();
        assertEquals("open-relay", relay.check());
        assertEquals(ConfigGap.Severity.CRITICAL, relay.severity());
        assertEquals("smtp/inet", relay.listener());
    }

    @Test
    void reportsListenerOverridesOfMasterCf() throws Exception {
        ConfigAudit.Result result = ConfigAudit.postfix(PostfixDirs.weakSubmission(dir), false);
        assertEquals(new TreeSet<>(PostfixDirs.WEAK_SUBMISSION_CHECKS), checks(result.gaps()),
                result.gaps().toString());
        ConfigGap auth = result.gaps().stream().filter(g -> g.check().equals("auth-without-tls")).findFirst()
                .orElseThrow();
        assertEquals("submission/inet", auth.listener());
        assertEquals("master.cf, under submission/inet: -o smtpd_tls_auth_only=yes", auth.fix());
    }

    @Test
    void hardenedConfigurationHasNoGap() throws Exception {
        Path hardened = PostfixDirs.hardened(dir);
        assertEquals(List.of(), ConfigAudit.postfix(hardened, false).gaps());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), "audit", "config", "--config-dir",
                hardened.toString());
        assertEquals(0, status, err.toString());
        assertTrue(out.toString().contains("No configuration gap found."), out.toString());
    }

    @Test
    void commandExitsOneWithJsonOnTheWeakConfiguration() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), "audit", "config", "--config-dir",
                PostfixDirs.weak(dir).toString(), "--json");
        assertEquals(1, status, err.toString());
        assertTrue(out.toString().contains("\"check\": \"open-relay\",\n      \"severity\": \"critical\""),
                out.toString());
    }

    static Set<String> checks(List<ConfigGap> gaps) {
        Set<String> out = new TreeSet<>();
        gaps.forEach(g -> out.add(g.check()));
        return out;
    }
}
