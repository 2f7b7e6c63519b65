package org.smtpsentry.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpsentry.UserError;
import org.smtpsentry.audit.policy.PasswordPolicy;

class PolicySettingsTest {
    @TempDir
    Path dir;

    private Path yml(String text) throws Exception {
        return Files.writeString(dir.resolve("smtpsentry.yml"), text);
    }

    @Test
    void readsEveryRule() throws Exception {
        PasswordPolicy p = PolicySettings.load(yml("""
                jails:
                  smtp-auth:
                    findtime: 10m
                audit:
                  policy:
                    min-length: 12
                    min-digits: 2
                    min-non-alphanumerics: 1
                    min-letters: 3
                    min-upper-case: 1
                    not-containing-user-name: no
                    max-age: 365d
                """));
        assertEquals(new PasswordPolicy(12, 2, 1, 3, 1, false, Duration.ofDays(365)), p);
    }

    @Test
    void withoutPolicyTheDefaultApplies() throws Exception {
        assertEquals(PasswordPolicy.DEFAULT, PolicySettings.load(yml("jails: {}\n")));
        assertEquals(PasswordPolicy.DEFAULT, PolicySettings.load(yml("")));
    }

    @Test
    void errorsNameFileLineAndSetting() throws Exception {
        String padding = "# smtpsentry\n".repeat(11);
        UserError e = assertThrows(UserError.class, () -> PolicySettings.load(yml(padding + """
                audit:
                  policy:
                    min-length: "x"
                """)));
        assertEquals("smtpsentry.yml, line 14: audit.policy.min-length: \"x\" is not a number; not started",
                e.getMessage());
        e = assertThrows(UserError.class, () -> PolicySettings.load(yml("audit:\n  policy:\n    min-lenght: 3\n")));
        assertEquals("smtpsentry.yml, line 3: audit.policy.min-lenght: unknown setting (known: min-length, "
                + "min-digits, min-non-alphanumerics, min-letters, min-upper-case, not-containing-user-name, "
                + "max-age); not started", e.getMessage());
        e = assertThrows(UserError.class, () -> PolicySettings.load(yml("audit:\n  policy:\n    max-age: 1y\n")));
        assertEquals("smtpsentry.yml, line 3: audit.policy.max-age: \"1y\" is not a duration (e.g. \"365d\"); "
                + "not started", e.getMessage());
        e = assertThrows(UserError.class, () -> PolicySettings.load(yml("audit:\n  policy: [1\n")));
        assertEquals(true, e.getMessage().startsWith("smtpsentry.yml, line "), e.getMessage());
    }
}
