package org.smtpsentry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.smtpsentry.UserError;
import org.smtpsentry.audit.policy.PasswordPolicy;
import org.smtpsentry.config.PolicySettings;
import picocli.CommandLine.Option;

/** {@code --config FILE}: smtpsentry.yml; by default ./smtpsentry.yml, then /etc/smtpsentry/smtpsentry.yml. */
final class ConfigFileOption {
    private static final java.util.List<Path> DEFAULTS =
            java.util.List.of(Path.of("smtpsentry.yml"), Path.of("/etc/smtpsentry/smtpsentry.yml"));

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: ./smtpsentry.yml, then /etc/smtpsentry/smtpsentry.yml).")
    Path file;

    /** The policy of the given or first existing default file; the built-in policy when there is none. */
    PasswordPolicy policy() {
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new UserError(file + ": no such file; check --config; not started");
            }
            return PolicySettings.load(file);
        }
        for (Path p : DEFAULTS) {
            if (Files.isRegularFile(p)) {
                return PolicySettings.load(p);
            }
        }
        return PasswordPolicy.DEFAULT;
    }
}
