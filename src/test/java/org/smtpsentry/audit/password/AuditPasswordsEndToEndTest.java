package org.smtpsentry.audit.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpsentry.cli.Main;
import org.smtpsentry.exec.ProgramRun;
import org.smtpsentry.exec.Programs;

/**
 * A real Dovecot passwd-file: for every scheme Debian's Dovecot lists (doveadm pw -l), one account with a guessable
 * password and one with a strong one, hashed by doveadm pw itself. Every weak one must be found, no strong one.
 */
@Tag("e2e")
class AuditPasswordsEndToEndTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void findsEveryPlantedWeakPasswordInEverySchemeAndNoStrongOne() throws Exception {
        Assumptions.assumeTrue(Programs.find("doveadm").isPresent(), "doveadm not installed (dovecot-core)");
        List<String> schemes = List.of(run("doveadm", "pw", "-l").stdoutText().trim().split("\\s+"));
        assertTrue(schemes.size() > 10, "doveadm pw -l: " + schemes);
        List<String> lines = new ArrayList<>();
        Set<String> weak = new TreeSet<>();
        int year = java.time.Year.now(java.time.ZoneOffset.UTC).getValue();
        // each rule of the candidates once, across the schemes; slow schemes get early guesses, and the strong
        // accounts have no aliases or display name, so that every candidate of every account fits in a few minutes
        // even on a loaded machine: the result does not depend on speed
        String[] weakPasswords = {"%s", "%s123", "%S", "%s1", "%r", "%s" + year, "example", "qwerty",
                "Welcome1", "%a"};
        Set<String> slow = Set.of("BLF-CRYPT", "CRYPT", "ARGON2I", "ARGON2ID", "PBKDF2", "SCRAM-SHA-1",
                "SCRAM-SHA-256");
        int i = 0;
        for (String scheme : schemes) {
            i++;
            String local = "w" + i + "x" + scheme.toLowerCase().replace("-", "");
            String login = local + "@example.org";
            String pattern = slow.contains(scheme) ? weakPasswords[2 * (i % 2)]
                    : weakPasswords[i % weakPasswords.length];
            String password = pattern.replace("%s", local)
                    .replace("%S", Character.toUpperCase(local.charAt(0)) + local.substring(1))
                    .replace("%r", new StringBuilder(local).reverse())
                    .replace("%a", "sales" + i);
            lines.add(login + ":" + hash(scheme, password, login) + ":::" + "W " + i + "::");
            weak.add(login);
            String strongLogin = "s" + i + "@example.org";
            lines.add(strongLogin + ":" + hash(scheme, "Kz7#q!" + i + "vR2$pLm9", strongLogin) + "::::::");
        }
        Path passwd = Files.writeString(dir.resolve("users.passwd"), String.join("\n", lines) + "\n");
        Path wordlist = Files.writeString(dir.resolve("common.txt"), "qwerty\nWelcome1\n");
        Path aliases = Files.writeString(dir.resolve("virtual"), weak.stream()
                .map(l -> "sales" + l.substring(1, l.indexOf('x')) + "@example.org " + l)
                .collect(Collectors.joining("\n")) + "\n");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), "audit", "passwords", "--passwd-file",
                passwd.toString(), "--aliases", aliases.toString(), "--no-builtin-list", "--wordlist", wordlist.toString(),
                "--budget", "30m", "--json");
        assertEquals(1, status, err.toString());
        String json = out.toString();
        Set<String> guessed = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"login\": \"([^\"]+)\",\\s*\"scheme\": "
                + "\"[^\"]+\",\\s*\"rule\"").matcher(json);
        while (m.find()) {
            guessed.add(m.group(1));
        }
        assertEquals(weak, guessed, json);
        assertTrue(json.contains("\"out_of_budget\": []"), "every strong account was fully checked: " + json);
        assertTrue(json.contains("\"not_checkable\": []"), json);
        assertTrue(!json.contains("Kz7#q!"), "passwords masked");
    }

    private static String hash(String scheme, String password, String login) {
        ProgramRun r = run("doveadm", "pw", "-s", scheme, "-p", password, "-u", login);
        assertEquals(0, r.exitStatus(), scheme + ": " + r.stderrText());
        return r.stdoutText().strip();
    }

    private static ProgramRun run(String... argv) {
        return Programs.run(List.of(argv), TIMEOUT);
    }
}
