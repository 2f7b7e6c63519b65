package org.smtpsentry.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code smtpsentry analyze LOG...}: names the compromised accounts and attacking IPs in mail logs.
 * <p>
 * Declared by code through picocli's model, not by its annotations: reading annotations makes the JDK generate a proxy
 * class for each annotation type, with its class-file library, which with the reflection around it cost every run
 * ~0.1 s and ~0.2 CPU-s (a 1,000-line log: 0.27 -> 0.19 s; the 1M-line benchmark log: 1.18 -> 0.98 s). This is the
 * command run on big logs and timed against other tools (bench/README.md); the options are read from the model when
 * it runs.
 */
final class AnalyzeCommand implements Callable<Integer> {
    private CommandSpec spec;

    private AnalyzeCommand() {
    }

    /** The command's model. */
    static CommandSpec spec() {
        AnalyzeCommand command = new AnalyzeCommand();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("analyze");
        command.spec = spec;
        spec.usageMessage().sortOptions(false).description(
                "Reads mail logs and names the compromised accounts, the attacking IPs and the abused local scripts,"
                        + " with evidence and next steps.",
                "Exit status: 0 nothing found, 1 findings, 2 error.").footer("", "Examples:",
                "  smtpsentry analyze /var/log/mail.log /var/log/mail.log.1 /var/log/mail.log.2.gz",
                "  journalctl -u postfix -o short-iso | smtpsentry analyze -",
                "  smtpsentry analyze --json --local-domain example.com mail.log > report.json");
        spec.addPositional(PositionalParamSpec.builder().paramLabel("LOG").arity("1..*").required(true)
                .type(List.class).auxiliaryTypes(String.class)
                .description("Log files (plain or gzip'd) in any order, or - for standard input.").build());
        DebugOption.declare(spec);
        LogReadingOptions.declare(spec);
        spec.addOption(flag("--json", "Print the report as JSON (schema smtpsentry.analyze/1)."));
        spec.addOption(OptionSpec.builder("--html").paramLabel("FILE").type(Path.class)
                .description("Also write a self-contained HTML report to FILE.").build());
        spec.addOption(list("--local-domain", "DOMAIN", "A domain this server delivers to itself (repeatable)."
                + " Default: postconf's, when run on the server, and the domains of the logins seen."));
        spec.addOption(list("--ignoreip", "CIDR", "Addresses never flagged, as fail2ban's ignoreip (repeatable)."));
        spec.addOption(withDefault("--maxretry", "N", int.class, "10",
                "Failed AUTH from one IP within --findtime that make a brute force (default: ${DEFAULT-VALUE})."));
        spec.addOption(withDefault("--findtime", "DURATION", String.class, "10m",
                "Window of the brute-force and aborted-AUTH rules (default: ${DEFAULT-VALUE})."));
        spec.addOption(withDefault("--max-recipients", "N", int.class, "100",
                "External recipients of one login within --account-findtime that, with a sign of abuse, flag it"
                        + " (default: ${DEFAULT-VALUE})."));
        spec.addOption(withDefault("--account-findtime", "DURATION", String.class, "1h",
                "Window of the account and local-script rules (default: ${DEFAULT-VALUE})."));
        spec.addOption(flag("--color", "Colour even when not printing to a terminal."));
        HelpOptions.declare(spec);
        return spec;
    }

    private static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).type(boolean.class).description(description).build();
    }

    private static OptionSpec list(String name, String label, String description) {
        return OptionSpec.builder(name).paramLabel(label).type(List.class).auxiliaryTypes(String.class)
                .splitRegex(",").description(description).build();
    }

    private static OptionSpec withDefault(String name, String label, Class<?> type, String value, String description) {
        return OptionSpec.builder(name).paramLabel(label).type(type).defaultValue(value).description(description)
                .build();
    }

    private boolean flag(String name) {
        return spec.commandLine().getParseResult().hasMatchedOption(name);
    }

    /** A repeatable option's values, none when not given. */
    private List<String> values(String name) {
        List<String> values = spec.findOption(name).getValue();
        return values == null ? List.of() : values;
    }

    private <T> T value(String name) {
        return spec.findOption(name).getValue();
    }

    @Override
    public Integer call() throws IOException {
        LogReadingOptions reading = LogReadingOptions.of(spec);
        ZoneId zone = reading.zone();
        List<LogInput> inputs = LogReadingOptions.inputs(spec.positionalParameters().get(0).getValue());
        var findWindow = DurationText.parse(value("--findtime"), "--findtime");
        var accountWindow = DurationText.parse(value("--account-findtime"), "--account-findtime");
        int maxretry = value("--maxretry");
        int maxRecipients = value("--max-recipients");
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
                IgnoreList.parse(values("--ignoreip"), "--ignoreip"), new LinkedHashSet<>(values("--local-domain")),
                reading.format, zone);

        Progress progress = new Progress(inputs);
        Analysis analysis;
        try {
            analysis = LogAnalysis.run(inputs, settings, progress::start);
        } finally {
            progress.stop();
        }

        PrintWriter out = spec.commandLine().getOut();
        if (flag("--json")) {
            new JsonReport().print(analysis, out);
        } else {
            new TerminalReport(flag("--color") ? Palette.ANSI : Palette.forStdout()).print(analysis, out);
        }
        Path html = value("--html");
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
