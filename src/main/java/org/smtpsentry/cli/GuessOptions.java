package org.smtpsentry.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.UserError;
import org.smtpsentry.audit.password.CommonPasswords;
import org.smtpsentry.audit.password.PasswordAudit;
import org.smtpsentry.config.DurationText;
import picocli.CommandLine.Option;

/** How hard `audit passwords` and `audit policy` guess. */
final class GuessOptions {
    @Option(names = "--budget", paramLabel = "DURATION", defaultValue = "60s",
            description = "Time for slow schemes (bcrypt, Argon2, PBKDF2, SCRAM), e.g. 90s, 10m (default: "
                    + "${DEFAULT-VALUE}).")
    String budget;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--wordlist", paramLabel = "FILE",
            description = "Your own common-password list, one a line, tried after the built-in one.")
    Path wordlist;

    @Option(names = "--no-builtin-list", description = "Do not try the built-in common-password list.")
    boolean noBuiltIn;

    PasswordAudit.Settings settings(InstantSource clock) {
        Duration b;
        try {
            b = DurationText.parse(budget);
        } catch (IllegalArgumentException e) {
            throw new UserError("--budget: \"" + budget + "\" is not a duration (e.g. 90s, 10m); nothing checked");
        }
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        List<String> common = new ArrayList<>();
        if (!noBuiltIn) {
            common.addAll(CommonPasswords.builtIn(year));
        }
        if (wordlist != null) {
            common.addAll(CommonPasswords.fromFile(wordlist));
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1 || n > 1024) {
            throw new UserError("--threads: " + n + " is out of range (1 to 1024); nothing checked");
        }
        return new PasswordAudit.Settings(b, n, common, year);
    }
}
