package org.smtpsentry.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.smtpsentry.audit.password.PasswordFindings;
import org.smtpsentry.audit.password.PasswordReport;
import org.smtpsentry.text.Palette;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code smtpsentry audit passwords}: the accounts whose password an attacker guesses first. */
@Command(name = "passwords", mixinStandardHelpOptions = true,
        description = "Guess each account's password from its names and a common-password list; flag weak schemes.")
final class AuditPasswordsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    GuessedAccounts accounts;

    @Mixin
    DebugOption debug;

    @Option(names = "--show-passwords", description = "Print the guessed passwords instead of ********.")
    boolean showPasswords;

    @Option(names = "--json", description = "Print the report as JSON (see docs/audit.md).")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PasswordFindings findings = accounts.guess();
        PasswordReport report = new PasswordReport(findings, showPasswords);
        if (json) {
            report.printJson(out);
        } else {
            report.printText(out, Palette.forStdout());
        }
        return findings.hasFindings() ? 1 : 0;
    }
}
