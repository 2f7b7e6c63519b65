package org.smtpsentry.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.smtpsentry.audit.config.ConfigAudit;
import org.smtpsentry.audit.config.ConfigReport;
import org.smtpsentry.text.Palette;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code smtpsentry audit config}: the MTA settings that let a stolen login do harm. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Check Postfix (postconf -n/-M/-P, or main.cf/master.cf copies) or Exim (exim -bP output) "
                + "for AUTH without TLS, missing sender/login match, open relay, missing submission listeners, "
                + "rate limits, policy service, VRFY, banner and TLS versions.")
final class AuditConfigCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config-dir", paramLabel = "DIR",
            description = "Postfix configuration directory (postconf -c DIR); default: Postfix's own.")
    Path configDir;

    @Option(names = "--files-only",
            description = "Parse DIR/main.cf and DIR/master.cf directly instead of running postconf.")
    boolean filesOnly;

    @Option(names = "--exim-bp", paramLabel = "FILE",
            description = "Audit Exim instead: a file holding `exim -bP` output from the Exim host.")
    Path eximBp;

    @Option(names = "--json", description = "Print the report as JSON (see docs/audit.md).")
    boolean json;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        ConfigAudit.Result result = eximBp != null ? ConfigAudit.exim(eximBp)
                : ConfigAudit.postfix(configDir, filesOnly);
        PrintWriter out = spec.commandLine().getOut();
        ConfigReport report = new ConfigReport(result);
        if (json) {
            report.printJson(out);
        } else {
            report.printText(out, Palette.forStdout());
        }
        return result.gaps().isEmpty() ? 0 : 1;
    }
}
