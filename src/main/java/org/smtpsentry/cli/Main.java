package org.smtpsentry.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import org.smtpsentry.UserError;
import org.smtpsentry.analysis.LogAnalysis;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code smtpsentry} command and its subcommands. Declared by code, like {@code analyze} (see
 * {@link AnalyzeCommand} for why); the other subcommands by picocli's annotations.
 */
public final class Main implements Runnable {
    /**
     * The subcommands by name, in the order help lists them. Picocli builds a command's model by reflection, which
     * for all of them took a one-shot run ~0.2 s before any work began: a command line that names one gets that one.
     */
    private static final SequencedMap<String, Class<?>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("analyze", AnalyzeCommand.class);
        SUBCOMMANDS.put("trace", TraceCommand.class);
        SUBCOMMANDS.put("generate-completion", AutoComplete.GenerateCompletion.class);
        SUBCOMMANDS.put("probe", ProbeCommand.class);
        SUBCOMMANDS.put("dnsbl", DnsblCommand.class);
        SUBCOMMANDS.put("dns", DnsCommand.class);
        SUBCOMMANDS.put("pcap", PcapCommand.class);
        SUBCOMMANDS.put("sockets", SocketsCommand.class);
        SUBCOMMANDS.put("egress", EgressCommand.class);
        SUBCOMMANDS.put("queue", QueueCommand.class);
        SUBCOMMANDS.put("audit", AuditCommand.class);
        SUBCOMMANDS.put("check-password", CheckPasswordCommand.class);
    }

    private CommandSpec spec;

    private Main() {
    }

    private static CommandSpec spec() {
        Main main = new Main();
        main.spec = CommandSpec.wrapWithoutInspection(main).name("smtpsentry");
        main.spec.usageMessage().description(
                "Finds, contains and prevents the abuse of a mail server through stolen SMTP credentials.");
        HelpOptions.declare(main.spec);
        return main.spec;
    }

    /** What picocli is given for a subcommand: its class, or the model of one declared by code. */
    private static Object model(Class<?> subcommand) {
        return subcommand == AnalyzeCommand.class ? AnalyzeCommand.spec() : subcommand;
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs a command line and returns its exit status; used by main and by tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        Class<?> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        if (named == AnalyzeCommand.class || named == TraceCommand.class) {
            LogReadingOptions.loadZoneEarly(); // first: picocli's model takes a while, and the zone longer
        }
        if (named == AnalyzeCommand.class && Arrays.stream(args).noneMatch(a -> a.startsWith("--local-domain"))) {
            LogAnalysis.askPostconfEarly();
        }
        CommandLine cli = new CommandLine(spec());
        if (named != null && named != AutoComplete.GenerateCompletion.class) { // a completion script needs them all
            cli.addSubcommand(args[0], model(named));
        } else {
            SUBCOMMANDS.forEach((name, subcommand) -> cli.addSubcommand(name, model(subcommand)));
        }
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
