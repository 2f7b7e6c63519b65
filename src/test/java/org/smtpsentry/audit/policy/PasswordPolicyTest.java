package org.smtpsentry.audit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpsentry.audit.password.PasswordAudit;
import org.smtpsentry.audit.password.PasswordFindings;
import org.smtpsentry.audit.password.ShadowFile;
import org.smtpsentry.audit.password.CsvFile;

class PasswordPolicyTest {
    private static final PasswordPolicy STRICT = new PasswordPolicy(12, 2, 1, 1, 1, true, Duration.ofDays(90));

    @TempDir
    Path dir;

    @Test
    void saysWhichRulesAreBroken() {
        assertEquals(List.of("min-length: 6 characters, at least 12", "min-digits: 1 digits, at least 2",
                "min-non-alphanumerics: 0 other characters, at least 1",
                "min-upper-case: 0 upper-case letters, at least 1",
                "not-containing-user-name: contains \"anna\""), STRICT.broken("annax1", "anna@example.org", List.of()));
        assertEquals(List.of("not-containing-user-name: contains \"sales\""),
                STRICT.broken("Sales-2026-Berlin", "anna@example.org", List.of("sales@example.org")));
        assertEquals(List.of(), STRICT.broken("Vq9!x2#LmZp7", "anna@example.org", List.of()));
    }

    @Test
    void auditJudgesKnownPasswordsAndAgesOnly() throws Exception {
        Path csv = Files.writeString(dir.resolve("a.csv"), """
                login,password,changed
                anna@example.org,{PLAIN}Vq9!x2#LmZp7,2026-02-01
                bob@example.org,{PLAIN}short1,2026-02-01
                carl@example.org,{SHA512-CRYPT}$6$abc$notguessable,2025-01-01
                dora@example.org,{SHA512-CRYPT}$6$abc$notguessable,
                """);
        PasswordFindings findings = new PasswordAudit(new PasswordAudit.Settings(Duration.ofSeconds(5), 1,
                List.of(), 2026), InstantSource.fixed(Instant.parse("2026-03-01T00:00:00Z")),
                PasswordAudit.Progress.NONE).run(CsvFile.read(csv, "CRYPT"));
        PolicyAudit audit = new PolicyAudit(STRICT, LocalDate.of(2026, 3, 1));
        List<PolicyBreach> breaches = audit.breaches(findings);
        assertEquals(List.of("bob@example.org", "carl@example.org"),
                breaches.stream().map(b -> b.account().login()).toList());
        assertEquals("max-age: changed 2025-01-01, 424 days ago, at most 90", breaches.get(1).rules().getFirst());
        assertEquals(1, audit.unjudged(findings), "dora: hash not guessed, no date");
    }

    @Test
    void shadowLastChangeFeedsMaxAge() throws Exception {
        Path shadow = Files.writeString(dir.resolve("shadow"), "anna:$6$abc$notguessable:19723:0:99999:7:::\n");
        PasswordFindings findings = new PasswordAudit(new PasswordAudit.Settings(Duration.ofSeconds(5), 1,
                List.of(), 2026), InstantSource.system(), PasswordAudit.Progress.NONE).run(ShadowFile.read(shadow));
        assertEquals(1, new PolicyAudit(STRICT, LocalDate.of(2026, 3, 1)).breaches(findings).size());
    }
}
