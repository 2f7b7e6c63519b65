package org.smtpsentry.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.smtpsentry.audit.password.PasswordFindings;
import org.smtpsentry.audit.policy.PasswordPolicy;
import org.smtpsentry.audit.policy.PolicyAudit;
import org.smtpsentry.audit.policy.PolicyBreach;
import org.smtpsentry.audit.policy.PolicyReport;
import org.smtpsentry.text.Palette;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code smtpsentry audit policy}: the accounts that break the password policy of smtpsentry.yml. */
@Command(name = "policy", mixinStandardHelpOptions = true,
        description = "List accounts whose known (plaintext or guessed) password, or whose password age, breaks "
                + "the policy (smtpsentry.yml, audit.policy).")
final class AuditPolicyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    GuessedAccounts accounts;

    @Mixin
    ConfigFileOption config;

    @Mixin
    DebugOption debug;

    @Option(names = "--json", description = "Print the report as JSON (see docs/audit.md).")
    boolean json;

    @Override
    public Integer call() {
        PasswordPolicy policy = config.policy();
        PrintWriter out = spec.commandLine().getOut();
        PasswordFindings findings = accounts.guess();
        PolicyAudit audit = new PolicyAudit(policy, LocalDate.now(ZoneOffset.UTC));
        List<PolicyBreach> breaches = audit.breaches(findings);
        PolicyReport report = new PolicyReport(policy, breaches, findings.accounts().size(),
                audit.unjudged(findings));
        if (json) {
            report.printJson(out);
        } else {
            report.printText(out, Palette.forStdout());
        }
        return breaches.isEmpty() ? 0 : 1;
    }
}
