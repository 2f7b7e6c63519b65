package org.smtpsentry.cli;

import java.io.PrintWriter;
import org.smtpsentry.UserError;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code smtpsentry} command and its subcommands. */
@Command(name = "smtpsentry", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Finds, contains and prevents the abuse of a mail server through stolen SMTP credentials.",
        subcommands = {
                AnalyzeCommand.class,
                TraceCommand.class,
                AutoComplete.GenerateCompletion.class,
                ProbeCommand.class,
                DnsblCommand.class,
                DnsCommand.class,
                PcapCommand.class,
                SocketsCommand.class,
                EgressCommand.class,
                QueueCommand.class,
                AuditCommand.class,
                CheckPasswordCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs a command line and returns its exit status; used by main and by tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (debug) {
                e.printStackTrace(err);
            }
            if (e instanceof UserError userError) {
                err.println("smtpsentry: " + userError.getMessage());
                return userError.exitStatus();
            }
            if (!debug) {
                err.println("smtpsentry: internal error: " + e + " (run again with --debug for the stack trace)");
            }
            return 70; // EX_SOFTWARE
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
