package org.smtpsentry.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.smtpsentry.UserError;
import org.smtpsentry.analysis.Tracing;
import org.smtpsentry.logs.LogInput;
import org.smtpsentry.report.MessageTrace;
import org.smtpsentry.report.TraceJson;
import org.smtpsentry.report.TraceReport;
import org.smtpsentry.text.Palette;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code smtpsentry trace ID LOG...}: the story of one message, or of one account with {@code --user}. */
@Command(name = "trace", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Follows one message through the logs: the SMTP session it came in on (client, HELO, TLS,"
                + " AUTH and login, MAIL FROM and whether it is the login's, RCPTs), every delivery attempt, and"
                + " where it is now. ID is a queue id, a Message-ID, an IceWarp MsgID or an Exchange"
                + " InternalMessageId. With --user, lists an account's AUTH attempts and messages instead.",
                "Exit status: 0 found, 1 not found, 2 error."},
        footer = {"", "Examples:", "  smtpsentry trace 4Fv2Qm1kZtz8w /var/log/mail.log",
                "  smtpsentry trace --session '<20261122.4711@pc.example.com>' /var/log/exim4/mainlog",
                "  smtpsentry trace --user sales@example.com --json mail.log mail.log.1"})
final class TraceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Mixin
    LogReadingOptions reading;

    @Parameters(paramLabel = "ID LOG", arity = "1..*",
            description = "The message's id, then the log files (plain or gzip'd, any order, - for standard input);"
                    + " with --user, only log files.")
    List<String> arguments = new ArrayList<>();

    @Option(names = "--user", paramLabel = "LOGIN", description = "Trace an account instead of a message.")
    String user;

    @Option(names = "--session", description = "Also print every log line of the SMTP session the message came in"
            + " on: the whole dialogue (commands and replies) where the log has it; passwords masked.")
    boolean session;

    @Option(names = "--json", description = "Print the trace as JSON (schema smtpsentry.trace/1).")
    boolean json;

    @Option(names = "--show-secrets", description = "Print passwords that logs carry (IceWarp's AUTH dialogue,"
            + " Dovecot's auth_verbose_passwords) in session lines instead of masking them.")
    boolean showSecrets;

    @Option(names = "--local-domain", paramLabel = "DOMAIN", split = ",",
            description = "A domain this server delivers to itself, for the MAIL FROM check of bare logins"
                    + " (repeatable). Default: the login's own domain.")
    List<String> localDomains = new ArrayList<>();

    @Option(names = "--color", description = "Colour even when not printing to a terminal.")
    boolean color;

    @Override
    public Integer call() {
        ZoneId zone = reading.zone();
        List<String> logs = user != null ? arguments : arguments.subList(1, arguments.size());
        if (logs.isEmpty()) {
            throw new UserError("trace: no log file given; name the logs after the id (e.g. smtpsentry trace"
                    + " 4Fv2Qm1kZtz8w /var/log/mail.log); nothing traced");
        }
        List<LogInput> inputs = LogReadingOptions.inputs(logs);
        Tracing.Settings settings = new Tracing.Settings(reading.format, zone, new LinkedHashSet<>(localDomains), session,
                showSecrets);
        Progress progress = new Progress(inputs);
        MessageTrace trace;
        try {
            trace = user != null ? Tracing.account(inputs, user, settings, progress::start)
                    : Tracing.message(inputs, arguments.get(0), settings, progress::start);
        } finally {
            progress.stop();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            new TraceJson(session, showSecrets).print(trace, out);
        } else {
            new TraceReport(color ? Palette.ANSI : Palette.forStdout(), session, showSecrets).print(trace, out);
        }
        out.flush();
        return trace.isEmpty() ? 1 : 0;
    }
}
