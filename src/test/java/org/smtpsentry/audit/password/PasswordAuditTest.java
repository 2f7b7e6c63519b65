package org.smtpsentry.audit.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpsentry.verdict.WeakCredential;

class PasswordAuditTest {
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-03-01T00:00:00Z"));
    // bcrypt of "anna" and of a strong password, cost 4 (made with the at.favre library's own hasher)
    private static final String BCRYPT_ANNA = at.favre.lib.crypto.bcrypt.BCrypt.withDefaults()
            .hashToString(4, "anna".toCharArray());
    private static final String BCRYPT_STRONG = at.favre.lib.crypto.bcrypt.BCrypt.withDefaults()
            .hashToString(4, "Vq9!x2#LmZp".toCharArray());

    @TempDir
    Path dir;

    private PasswordFindings audit(Duration budget, String... lines) throws Exception {
        Path file = Files.writeString(dir.resolve("users"), String.join("\n", lines) + "\n");
        List<Account> accounts = PasswdFile.read(file, "CRYPT");
        return new PasswordAudit(new PasswordAudit.Settings(budget, 2, CommonPasswords.builtIn(2026), 2026), CLOCK,
                PasswordAudit.Progress.NONE).run(accounts);
    }

    @Test
    void guessesByNamesAndFlagsWeakSchemes() throws Exception {
        PasswordFindings f = audit(Duration.ofSeconds(60),
                "anna@example.org:{PLAIN}Anna2026::::::",
                "bob@example.org:{BLF-CRYPT}" + BCRYPT_STRONG + "::::::",
                "carl@example.org:{SHA256.HEX}" + sha256hex("elpmaxe") + "::::::",
                "dora@example.org:{BLF-CRYPT}" + BCRYPT_ANNA + ":::Anna Dora::");
        assertEquals(List.of("anna@example.org", "carl@example.org", "dora@example.org"),
                f.guessed().stream().map(AccountResult::login).toList());
        assertEquals("local part, capitalised + 2026", f.guessed().get(0).rule());
        assertEquals("domain name, reversed", f.guessed().get(1).rule());
        assertEquals("display name word, lower case", f.guessed().get(2).rule());
        assertEquals(AccountResult.Status.NOT_GUESSED, f.accounts().get(1).status());
        assertEquals(f.accounts().get(1).total(), f.accounts().get(1).tried());
        assertEquals(List.of("anna@example.org", "carl@example.org"),
                f.weakSchemes().stream().map(AccountResult::login).toList());
        assertTrue(f.hasFindings());
        List<WeakCredential> verdicts = f.verdicts();
        assertEquals(5, verdicts.size());
        assertEquals(dir.resolve("users") + ":1", verdicts.getFirst().evidence().samples().getFirst().place());
    }

    @Test
    void zeroBudgetLeavesSlowSchemesUncheckedAndSaysSo() throws Exception {
        PasswordFindings f = audit(Duration.ZERO,
                "anna@example.org:{BLF-CRYPT}" + BCRYPT_ANNA + "::::::",
                "bob@example.org:{SSHA256}" + java.util.Base64.getEncoder().encodeToString(
                        concat(sha256("bob1salt"), "salt".getBytes())) + "::::::");
        assertEquals(AccountResult.Status.OUT_OF_BUDGET, f.accounts().get(0).status());
        assertEquals(0, f.accounts().get(0).tried());
        assertEquals(AccountResult.Status.GUESSED, f.accounts().get(1).status(), "cheap schemes are not budgeted");
        assertEquals(1, f.outOfBudget().size());
    }

    @Test
    void unknownSchemeIsReportedPerAccountNotFatal() throws Exception {
        PasswordFindings f = audit(Duration.ofSeconds(5),
                "anna@example.org:{RIPEMD160}abcd::::::",
                "bob@example.org",
                "carl@example.org:{CLEARTEXT}Xy7$kLp9!q::::::");
        assertEquals(AccountResult.Status.NOT_CHECKABLE, f.accounts().get(0).status());
        assertEquals("unknown scheme {RIPEMD160}", f.accounts().get(0).reason());
        assertEquals("no password field", f.accounts().get(1).reason());
        assertEquals(AccountResult.Status.NOT_GUESSED, f.accounts().get(2).status());
        assertEquals("Xy7$kLp9!q", f.accounts().get(2).knownPassword(), "plaintext is known to the policy audit");
        assertNull(f.accounts().get(0).knownPassword());
    }

    @Test
    void reportMasksPasswordsUnlessAsked() throws Exception {
        PasswordFindings f = audit(Duration.ofSeconds(5), "anna@example.org:{PLAIN}anna123::::::");
        java.io.StringWriter masked = new java.io.StringWriter();
        new PasswordReport(f, false).printJson(new java.io.PrintWriter(masked));
        assertTrue(masked.toString().contains("\"password\": null"), masked.toString());
        assertTrue(!masked.toString().contains("anna123\""), masked.toString());
        java.io.StringWriter shown = new java.io.StringWriter();
        new PasswordReport(f, true).printText(new java.io.PrintWriter(shown), org.smtpsentry.text.Palette.PLAIN);
        assertTrue(shown.toString().contains("anna123"), shown.toString());
    }

    private static byte[] sha256(String s) throws Exception {
        return java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes());
    }

    private static String sha256hex(String s) throws Exception {
        return java.util.HexFormat.of().formatHex(sha256(s));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void progressCountsEveryCheckAndTheBudgetOnceSlowChecksStart() throws Exception {
        Path file = Files.writeString(dir.resolve("users"), "anna@example.org:{PLAIN}x::::::\n"
                + "bob@example.org:{BLF-CRYPT}" + BCRYPT_STRONG + "::::::\n");
        java.util.List<Duration> budgets = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.atomic.AtomicLong last = new java.util.concurrent.atomic.AtomicLong();
        PasswordFindings f = new PasswordAudit(new PasswordAudit.Settings(Duration.ofSeconds(60), 1, List.of(), 2026),
                CLOCK, (done, planned, budgetLeft) -> {
                    last.set(done);
                    budgets.add(budgetLeft);
                }).run(PasswdFile.read(file, "CRYPT"));
        assertEquals(f.candidatesTried(), last.get());
        assertNull(budgets.getFirst(), "no budget while cheap schemes run");
        assertEquals(Duration.ofSeconds(60), budgets.getLast());
    }
}
