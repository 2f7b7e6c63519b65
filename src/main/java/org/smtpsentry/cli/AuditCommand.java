package org.smtpsentry.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smtpsentry audit}: weak passwords, the password policy, the MTA's hardening. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Find weak credentials, policy breaches and configuration gaps. Exit 0 clean, 1 findings, "
                + "2 error.",
        subcommands = {AuditPasswordsCommand.class, AuditPolicyCommand.class, AuditConfigCommand.class})
final class AuditCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
