package org.smtpsentry.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smtpsentry.testkit.CommandRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.smtpsentry.testkit.CommandRun;
import org.smtpsentry.exec.ProgramRun;
import org.smtpsentry.exec.Programs;
import org.smtpsentry.testkit.PostfixSetup;
import org.smtpsentry.testkit.RealPostfix;

/**
 * {@code smtpsentry probe} against a real private Postfix + Dovecot: an insecure configuration where every weakness
 * must be reported, and a hardened one where none may be. The probe binds 127.0.0.5 (--source), an ordinary
 * client for Postfix unless mynetworks includes it. The brute-force test meets Postfix's own anvil limit
 * (smtpd_client_auth_rate_limit = 5): the ban of {@code smtpsentry serve} does not exist yet.
 */
@Tag("e2e")
class ProbeRealPostfixTest {
    private static final String LOGIN = "alice@example.test";
    private static final String PASSWORD = "Alice-s3cret";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeAll
    static void needsRealPostfix() {
        Assumptions.assumeTrue(RealPostfix.available(), RealPostfix::unavailableReason);
    }

    private static CommandRun probe(RealPostfix postfix, String... extra) {
        List<String> args = new ArrayList<>(List.of("probe", "127.0.0.1", "--source", "127.0.0.5", "--ports",
                postfix.smtpPort() + "," + postfix.submissionPort() + "," + postfix.smtpsPort(),
                "--implicit-tls-ports", String.valueOf(postfix.smtpsPort()), "--user", LOGIN, "--password", PASSWORD,
                "--timeout", "15"));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    private static void reports(CommandRun run, int port, String grade, String check, String finding) {
        String wanted = "\"target\": \"127.0.0.1:" + port + "\",\n      \"check\": \"" + check + "\",\n      \"grade\": \""
                + grade + "\",\n      \"finding\": \"" + finding;
        assertTrue(run.out().contains(wanted), wanted + "\nin\n" + run.out());
    }

    @Test
    void everyWeaknessOfAnInsecurePostfixIsReported() throws IOException {
        try (RealPostfix postfix = RealPostfix.start(new PostfixSetup().smtps(true).authPenalty(false)
                .user(LOGIN, PASSWORD, "SHA512-CRYPT")
                .mainCf("mynetworks", "127.0.0.0/8")
                .mainCf("smtpd_banner", "$myhostname ESMTP $mail_name $mail_version (Debian/GNU)")
                .mainCf("smtpd_tls_protocols", ">=TLSv1")
                .mainCf("smtpd_tls_mandatory_protocols", ">=TLSv1")
                .mainCf("tls_medium_cipherlist", "DEFAULT:@SECLEVEL=0"))) {
            CommandRun run = probe(postfix, "--json", "--bruteforce", "6", "--relay-confirm",
                    "relay-check@example.net");
            assertEquals(2, run.status(), run.out() + run.err());
            int smtp = postfix.smtpPort();
            reports(run, smtp, "warn", "banner", "the banner discloses the software (postfix) and a version");
            reports(run, smtp, "fail", "capabilities", "AUTH PLAIN LOGIN offered before STARTTLS");
            reports(run, smtp, "fail", "auth-without-tls", "the server accepts AUTH without TLS");
            reports(run, smtp, "warn", "tls", "certificate chain not trusted");
            reports(run, smtp, "warn", "tls", "certificate expires on");
            reports(run, smtp, "warn", "tls", "certificate does not name 127.0.0.1");
            reports(run, smtp, "warn", "tls-versions", "accepts deprecated TLSv1 and TLSv1.1");
            reports(run, smtp, "warn", "vrfy", "VRFY tells existing accounts from missing ones (postmaster: 252");
            reports(run, smtp, "fail", "relay", "open relay: the server took a test message for relay-check@example.net");
            reports(run, smtp, "fail", "sender-ownership", "the login alice@example.test may send as");
            reports(run, smtp, "fail", "bruteforce", "6 wrong logins in a row for alice@example.test");
            reports(run, postfix.smtpsPort(), "warn", "tls-versions", "accepts deprecated TLSv1 and TLSv1.1");
            assertFalse(run.out().contains(PASSWORD), "the password is never printed");
            String queued = postfix.waitForLog("to=<relay-check@example.net>", WAIT);
            assertTrue(queued.contains("status=deferred"), "the test message stays in the private queue: " + queued);
        }
    }

    @Test
    void aHardenedPostfixHasNothingToFixAndStopsTheBruteForce() throws IOException {
        Path certs = Files.createTempDirectory("smtpsentry-probe-certs-");
        try {
            Certificates tls = Certificates.make(certs);
            try (RealPostfix postfix = RealPostfix.start(new PostfixSetup().smtps(true).authPenalty(false)
                    .user(LOGIN, PASSWORD, "SHA512-CRYPT")
                    .configFile("cert.pem", tls.chain())
                    .configFile("key.pem", tls.key())
                    .configFile("senders", LOGIN + " " + LOGIN + "\n")
                    .mainCf("smtpd_tls_auth_only", "yes")
                    .mainCf("smtpd_sender_login_maps", "texthash:${config_directory}/senders")
                    .mainCf("smtpd_sender_restrictions", "reject_sender_login_mismatch")
                    .mainCf("smtpd_client_auth_rate_limit", "5")
                    .mainCf("disable_vrfy_command", "yes")
                    .mainCf("smtpd_tls_protocols", ">=TLSv1.2")
                    .mainCf("smtpd_tls_mandatory_protocols", ">=TLSv1.2"))) {
                CommandRun run = probe(postfix, "--json", "--bruteforce", "8", "--ca-file",
                        certs.resolve("ca.pem").toString(), "--tls-name", "mail.example.test");
                assertFalse(run.out().contains("\"grade\": \"fail\""), run.out());
                assertFalse(run.out().contains("\"grade\": \"warn\""), run.out());
                assertEquals(0, run.status(), run.out() + run.err());
                int smtp = postfix.smtpPort();
                // the 6th AUTH command of the minute is refused; on the smtp port the refused AUTH of the
                // auth-without-tls check counts too, so the limit shows at wrong login 4 there, at 5 elsewhere
                reports(run, postfix.submissionPort(), "info", "bruteforce", "the server defends against password"
                        + " guessing: at wrong login 5 it refused with 450 4.7.1 Error: too many AUTH commands");
                assertTrue(run.out().contains("it refused with 450 4.7.1 Error: too many AUTH commands from 127.0.0.5"),
                        run.out());
                reports(run, smtp, "info", "relay", "no relay: all 17 relay forms refused at RCPT");
                reports(run, smtp, "info", "sender-ownership", "the login alice@example.test cannot send as another"
                        + " sender");
                reports(run, smtp, "info", "tls-versions", "TLS versions accepted: TLSv1.2 TLSv1.3");
                reports(run, smtp, "info", "source", "probing from 127.0.0.5 (--source)");
            }
        } finally {
            try (var files = Files.walk(certs)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A private CA and a server certificate for mail.example.test, made with openssl. */
    private record Certificates(String chain, String key) {
        static Certificates make(Path dir) throws IOException {
            Files.writeString(dir.resolve("ext.cnf"), "subjectAltName = DNS:mail.example.test\n"
                    + "extendedKeyUsage = serverAuth\nkeyUsage = digitalSignature\n");
            openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-days", "30", "-subj", "/CN=smtpsentry test CA", "-keyout", dir.resolve("ca.key").toString(),
                    "-out", dir.resolve("ca.pem").toString());
            openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-subj", "/CN=mail.example.test", "-keyout", dir.resolve("key.pem").toString(),
                    "-out", dir.resolve("server.csr").toString());
            openssl("x509", "-req", "-in", dir.resolve("server.csr").toString(), "-CA", dir.resolve("ca.pem").toString(),
                    "-CAkey", dir.resolve("ca.key").toString(), "-CAcreateserial", "-days", "30",
                    "-extfile", dir.resolve("ext.cnf").toString(), "-out", dir.resolve("server.pem").toString());
            return new Certificates(Files.readString(dir.resolve("server.pem")) + Files.readString(dir.resolve("ca.pem")),
                    Files.readString(dir.resolve("key.pem")));
        }

        private static void openssl(String... args) {
            List<String> argv = new ArrayList<>(List.of("openssl"));
            argv.addAll(List.of(args));
            ProgramRun run = Programs.run(argv, Duration.ofSeconds(60));
            if (!run.succeeded()) {
                throw new AssertionError("openssl " + String.join(" ", args) + ": " + run.stderrText());
            }
        }
    }
}
