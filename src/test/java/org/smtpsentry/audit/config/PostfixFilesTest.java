package org.smtpsentry.audit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same configuration directories read without postconf: main.cf and master.cf parsed directly. */
class PostfixFilesTest {
    @TempDir
    Path dir;

    @Test
    void weakDirectoriesGiveTheSameFindingsAsPostconf() throws Exception {
        assertEquals(new TreeSet<>(PostfixDirs.WEAK_CHECKS),
                AuditConfigEndToEndTest.checks(ConfigAudit.postfix(PostfixDirs.weak(dir), true).gaps()));
        assertEquals(new TreeSet<>(PostfixDirs.WEAK_SUBMISSION_CHECKS),
                AuditConfigEndToEndTest.checks(ConfigAudit.postfix(PostfixDirs.weakSubmission(dir), true).gaps()));
    }

    @Test
    void hardenedDirectoryHasNoGap() throws Exception {
        ConfigAudit.Result result = ConfigAudit.postfix(PostfixDirs.hardened(dir), true);
        assertEquals(List.of(), result.gaps());
        assertTrue(result.notCheckable().getFirst().contains("not through postconf"));
    }

    @Test
    void masterCfOverridesWithBracesAndContinuations() {
        List<String> f = MasterTokens.split("submission inet n - y - - smtpd -o syslog_name=x "
                + "-o { smtpd_client_restrictions = permit_sasl_authenticated, reject }");
        assertEquals("smtpd", f.get(7));
        assertEquals("permit_sasl_authenticated, reject",
                MasterTokens.overrides(f).get("smtpd_client_restrictions"));
    }

    @Test
    void relayListsAreEvaluatedForAnAnonymousForeignClient() {
        assertTrue(OpenRelay.permits(List.of()));
        assertTrue(OpenRelay.permits(List.of("permit_mynetworks", "permit_sasl_authenticated", "permit")));
        assertTrue(!OpenRelay.permits(List.of("permit_mynetworks", "reject_unauth_destination", "permit")));
        assertTrue(!OpenRelay.permits(List.of("check_client_access", "hash:/etc/postfix/access",
                "defer_unauth_destination")));
        assertTrue(OpenRelay.permits(List.of("check_client_access", "reject", "permit")),
                "the lookup table's name is not a restriction");
    }

    @Test
    void tlsProtocolSettings() {
        assertEquals(List.of("TLSv1", "TLSv1.1"), WeakTlsProtocols.allowed(">=TLSv1"));
        assertEquals(List.of("TLSv1", "TLSv1.1"), WeakTlsProtocols.allowed("!SSLv2, !SSLv3"));
        assertEquals(List.of(), WeakTlsProtocols.allowed(">=TLSv1.2"));
        assertEquals(List.of(), WeakTlsProtocols.allowed("!SSLv2:!SSLv3:!TLSv1:!TLSv1.1"));
    }
}
