package org.smtpsentry.cli;

import java.time.InstantSource;
import org.smtpsentry.audit.password.PasswordAudit;
import org.smtpsentry.audit.password.PasswordFindings;
import org.smtpsentry.audit.password.TerminalProgress;
import org.smtpsentry.text.Terminal;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The accounts `audit passwords` and `audit policy` read, and the guessing of their passwords. */
final class GuessedAccounts {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Mixin
    AccountSourceOptions sources;

    @Mixin
    GuessOptions guessing;

    /** Loads the accounts and guesses, with a progress bar when standard error is a terminal. */
    PasswordFindings guess() {
        InstantSource clock = InstantSource.system();
        var accounts = sources.sources().load();
        PasswordAudit.Settings settings = guessing.settings(clock);
        if (Terminal.stderrIsTty()) {
            TerminalProgress progress = new TerminalProgress(command.commandLine().getErr());
            PasswordFindings findings = new PasswordAudit(settings, clock, progress).run(accounts);
            progress.finish();
            return findings;
        }
        return new PasswordAudit(settings, clock, PasswordAudit.Progress.NONE).run(accounts);
    }
}
