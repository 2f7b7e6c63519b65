package org.smtpsentry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private int runWithStdin(String stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void passwordsExitOneOnFindingsZeroWhenClean() throws Exception {
        Path weak = Files.writeString(dir.resolve("weak"), "anna@example.org:{PLAIN}anna::::::\n");
        assertEquals(1, run("audit", "passwords", "--passwd-file", weak.toString()), err.toString());
        assertTrue(out.toString().contains("anna@example.org") && out.toString().contains("********"));
        byte[] salt = "8saltbytes".getBytes(StandardCharsets.UTF_8);
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-512");
        sha.update("Vq9!x2#LmZp7".getBytes(StandardCharsets.UTF_8));
        sha.update(salt);
        byte[] hash = java.util.Arrays.copyOf(sha.digest(), 64 + salt.length);
        System.arraycopy(salt, 0, hash, 64, salt.length);
        Path strong = Files.writeString(dir.resolve("strong"), "anna@example.org:{SSHA512}"
                + java.util.Base64.getEncoder().encodeToString(hash) + "::::::\n");
        out.getBuffer().setLength(0);
        assertEquals(0, run("audit", "passwords", "--passwd-file", strong.toString(), "--json"), err.toString());
        assertTrue(out.toString().contains("\"findings\": false"), out.toString());
    }

    @Test
    void missingSourceAndBadFileAreErrorsWithStatusTwo() {
        assertEquals(2, run("audit", "passwords"));
        assertTrue(err.toString().startsWith("smtpsentry: no accounts to audit"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("audit", "passwords", "--passwd-file", dir.resolve("none").toString()));
        assertTrue(err.toString().contains("cannot read"), err.toString());
        assertTrue(!err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void policyFromTheConfigFile() throws Exception {
        Path yml = Files.writeString(dir.resolve("smtpsentry.yml"), "audit:\n  policy:\n    min-length: 12\n");
        Path users = Files.writeString(dir.resolve("users"), "anna@example.org:{PLAIN}Vq9!x2#Lm::::::\n"
                + "bob@example.org:{PLAIN}Vq9!x2#LmZp7::::::\n");
        assertEquals(1, run("audit", "policy", "--config", yml.toString(), "--passwd-file", users.toString()),
                err.toString());
        assertTrue(out.toString().contains("min-length: 9 characters, at least 12"), out.toString());
        assertTrue(!out.toString().contains("bob@example.org"), out.toString());
        assertTrue(!out.toString().contains("Vq9!"), "passwords never printed by the policy audit");
    }

    @Test
    void policyErrorStopsWithTheLine() throws Exception {
        Path yml = Files.writeString(dir.resolve("smtpsentry.yml"), "audit:\n  policy:\n    min-length: x\n");
        assertEquals(2, run("audit", "policy", "--config", yml.toString(), "--passwd-file", yml.toString()));
        assertEquals("smtpsentry: smtpsentry.yml, line 3: audit.policy.min-length: \"x\" is not a number; "
                + "not started\n", err.toString());
    }

    @Test
    void checkPasswordSaysWhichRulesItBreaks() throws Exception {
        Path yml = Files.writeString(dir.resolve("smtpsentry.yml"), "audit:\n  policy:\n    min-length: 8\n");
        assertEquals(1, runWithStdin("Anna2026\n", "check-password", "anna@example.org", "--config",
                yml.toString()));
        assertTrue(out.toString().contains("not-containing-user-name: contains \"anna\""), out.toString());
        assertTrue(out.toString().contains("guessable: local part + 2026") || out.toString()
                .contains("guessable: local part, capitalised"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, runWithStdin("Vq9!x2#LmZp7\n", "check-password", "anna@example.org", "--config",
                yml.toString(), "--json"));
        assertTrue(out.toString().contains("\"acceptable\": true"), out.toString());
    }

    @Test
    void eximBpOutputFromAFile() throws Exception {
        Path bp = Files.writeString(dir.resolve("exim-bP.txt"), """
                accept_8bitmime
                auth_advertise_hosts = *
                daemon_smtp_ports = smtp
                smtp_banner = $smtp_active_hostname ESMTP Exim $version_number $tod_full
                tls_advertise_hosts = *
                no_tls_remember_esmtp
                """);
        assertEquals(1, run("audit", "config", "--exim-bp", bp.toString(), "--json"), err.toString());
        for (String check : new String[] {"auth-without-tls", "no-submission", "no-submissions",
                "banner-discloses-software", "weak-tls-protocols"}) {
            assertTrue(out.toString().contains("\"check\": \"" + check + "\""), check + ": " + out);
        }
        Path hardened = Files.writeString(dir.resolve("exim-hardened.txt"), """
                auth_advertise_hosts = ${if eq{$tls_in_cipher}{}{}{*}}
                daemon_smtp_ports = 25 : 465 : 587
                tls_on_connect_ports = 465
                smtp_banner = $smtp_active_hostname ESMTP
                openssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1
                """);
        out.getBuffer().setLength(0);
        assertEquals(0, run("audit", "config", "--exim-bp", hardened.toString()), err.toString());
        assertTrue(out.toString().contains("exim -bP does not print"), out.toString());
    }
}
