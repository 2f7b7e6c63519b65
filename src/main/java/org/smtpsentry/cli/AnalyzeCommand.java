package org.smtpsentry.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.smtpsentry.UserError;
import org.smtpsentry.analysis.LogAnalysis;
import org.smtpsentry.config.DurationText;
import org.smtpsentry.detect.IgnoreList;
import org.smtpsentry.detect.rules.AuthAborts;
import org.smtpsentry.detect.rules.BruteForce;
import org.smtpsentry.detect.rules.CompromisedAccounts;
import org.smtpsentry.detect.rules.LocalScripts;
import org.smtpsentry.logs.LogInput;
import org.smtpsentry.report.Analysis;
import org.smtpsentry.report.HtmlReport;
import org.smtpsentry.report.JsonReport;
import org.smtpsentry.report.TerminalReport;
import org.smtpsentry.text.Palette;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code smtpsentry analyze LOG...}: names the compromised accounts and attacking IPs in mail logs. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads mail logs and names the compromised accounts, the attacking IPs and the abused local"
                + " scripts, with evidence and next steps.",
                "Exit status: 0 nothing found, 1 findings, 2 error."},
        footer = {"", "Examples:", "  smtpsentry analyze /var/log/mail.log /var/log/mail.log.1 /var/log/mail.log.2.gz",
                "  journalctl -u postfix -o short-iso | smtpsentry analyze -",
                "  smtpsentry analyze --json --local-domain example.com mail.log > report.json"})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Mixin
    LogReadingOptions reading;

    @Parameters(paramLabel = "LOG", arity = "1..*",
            description = "Log files (plain or gzip'd) in any order, or - for standard input.")
    List<String> logs = new ArrayList<>();

    @Option(names = "--json", description = "Print the report as JSON (schema smtpsentry.analyze/1).")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report to FILE.")
    Path html;

    @Option(names = "--local-domain", paramLabel = "DOMAIN", split = ",",
            description = "A domain this server delivers to itself (repeatable). Default: postconf's, when run on"
                    + " the server, and the domains of the logins seen.")
    List<String> localDomains = new ArrayList<>();

    @Option(names = "--ignoreip", paramLabel = "CIDR", split = ",",
            description = "Addresses never flagged, as fail2ban's ignoreip (repeatable).")
    List<String> ignoreip = new ArrayList<>();

    @Option(names = "--maxretry", paramLabel = "N", defaultValue = "10",
            description = "Failed AUTH from one IP within --findtime that make a brute force (default: ${DEFAULT-VALUE}).")
    int maxretry;

    @Option(names = "--findtime", paramLabel = "DURATION", defaultValue = "10m",
            description = "Window of the brute-force and aborted-AUTH rules (default: ${DEFAULT-VALUE}).")
    String findtime;

    @Option(names = "--max-recipients", paramLabel = "N", defaultValue = "100",
            description = "External recipients of one login within --account-findtime that, with a sign of abuse,"
                    + " flag it (default: ${DEFAULT-VALUE}).")
    int maxRecipients;

    @Option(names = "--account-findtime", paramLabel = "DURATION", defaultValue = "1h",
            description = "Window of the account and local-script rules (default: ${DEFAULT-VALUE}).")
    String accountFindtime;

    @Option(names = "--color", description = "Colour even when not printing to a terminal.")
    boolean color;

    @Override
    public Integer call() throws IOException {
        ZoneId zone = reading.zone();
        List<LogInput> inputs = LogReadingOptions.inputs(logs);
        var findWindow = DurationText.parse(findtime, "--findtime");
        var accountWindow = DurationText.parse(accountFindtime, "--account-findtime");
        if (maxretry < 1 || maxRecipients < 1) {
            throw new UserError("--maxretry and --max-recipients must be at least 1; nothing analysed");
        }
        CompromisedAccounts.Settings d = CompromisedAccounts.Settings.DEFAULT;
        LogAnalysis.Settings settings = new LogAnalysis.Settings(
                new BruteForce.Settings(maxretry, findWindow),
                new AuthAborts.Settings(AuthAborts.Settings.DEFAULT.maxretry(), findWindow),
                new CompromisedAccounts.Settings(accountWindow, maxRecipients, d.forgedShare(),
                        d.undeliverableShare(), d.maxips(), d.maxmessages()),
                new LocalScripts.Settings(accountWindow, LocalScripts.Settings.DEFAULT.maxrecipients()),
                IgnoreList.parse(ignoreip, "--ignoreip"), new LinkedHashSet<>(localDomains), reading.format, zone);

        Progress progress = new Progress(inputs);
        Analysis analysis;
        try {
            analysis = LogAnalysis.run(inputs, settings, progress::start);
        } finally {
            progress.stop();
        }

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            new JsonReport().print(analysis, out);
        } else {
            new TerminalReport(color ? Palette.ANSI : Palette.forStdout()).print(analysis, out);
        }
        if (html != null) {
            try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
                new HtmlReport().print(analysis, new PrintWriter(w));
            } catch (IOException e) {
                throw new UserError(html + ": cannot write the HTML report: " + e.getMessage());
            }
        }
        out.flush();
        return analysis.verdicts().isEmpty() ? 0 : 1;
    }
}
