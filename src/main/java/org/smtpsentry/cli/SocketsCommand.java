package org.smtpsentry.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.smtpsentry.UserError;
import org.smtpsentry.net.sockets.ExpectedSenders;
import org.smtpsentry.net.sockets.SmtpConnection;
import org.smtpsentry.net.sockets.SmtpSockets;
import org.smtpsentry.net.sockets.SocketWatch;
import org.smtpsentry.net.sockets.SocketsReport;
import org.smtpsentry.net.sockets.Users;
import org.smtpsentry.text.Palette;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code smtpsentry sockets}: which local processes hold outbound SMTP connections. */
@Command(name = "sockets", mixinStandardHelpOptions = true,
        description = {"Lists the local processes holding outbound TCP connections to SMTP ports (Linux, from "
                + "/proc/net/tcp, tcp6 and /proc/PID/fd), with user, pid, command line and destination. The mail "
                + "system's own processes are marked expected; anything else stands out.",
                "Run as root to see every process. Exit status: 0 none unexpected, 1 an unexpected process sends "
                        + "SMTP, 2 bad usage or no /proc."})
public final class SocketsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Option(names = "--ports", paramLabel = "PORT", split = ",", description = "Remote ports that count as SMTP "
            + "(default: 25,465,587,2525).")
    List<Integer> ports = new ArrayList<>(List.of(25, 465, 587, 2525));

    @Option(names = "--mta-user", paramLabel = "USER", description = "Another user whose SMTP connections are "
            + "expected (besides postfix, Debian-exim, exim, ...); repeatable.")
    List<String> mtaUsers = new ArrayList<>();

    @Option(names = "--watch", description = "Sample over time and rank processes by connections opened.")
    boolean watch;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class,
            description = "Time between samples with --watch (default: ${DEFAULT-VALUE}; e.g. 200ms, 2s).")
    Duration interval;

    @Option(names = "--duration", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "How long --watch samples (default: ${DEFAULT-VALUE}; e.g. 30s, 5m).")
    Duration duration;

    @Option(names = "--proc", paramLabel = "DIR", defaultValue = "/proc",
            description = "Where proc is mounted (default: ${DEFAULT-VALUE}; e.g. /host/proc in a container).")
    Path proc;

    @Option(names = "--passwd", paramLabel = "FILE", defaultValue = "/etc/passwd",
            description = "The passwd file naming the uids (default: ${DEFAULT-VALUE}).")
    Path passwd;

    @Option(names = "--json", description = "Print JSON (schema in docs/sockets.md).")
    boolean json;

    @Override
    public Integer call() throws InterruptedException {
        Set<Integer> portSet = new LinkedHashSet<>();
        for (int p : ports) {
            if (p < 1 || p > 65535) {
                throw new UserError("--ports: " + p + " is not a TCP port (1-65535); nothing listed");
            }
            portSet.add(p);
        }
        if (!Files.isReadable(proc.resolve("net/tcp"))) {
            throw new UserError(proc.resolve("net/tcp") + ": cannot read the kernel's TCP table; sockets needs "
                    + "Linux with /proc mounted; nothing listed");
        }
        if (watch && (interval.isZero() || interval.isNegative() || duration.isNegative())) {
            throw new UserError("--interval must be positive and --duration not negative; nothing sampled");
        }
        SmtpSockets sockets = new SmtpSockets(proc, Users.from(passwd), portSet,
                new ExpectedSenders(mtaUsers));
        PrintWriter out = spec.commandLine().getOut();
        Palette palette = Palette.forStdout();
        try {
            if (watch) {
                SocketWatch.Report r = new SocketWatch(sockets, InstantSource.system(), d -> Thread.sleep(d))
                        .watch(interval, duration);
                if (json) {
                    SocketsReport.watchJson(r, portSet, out);
                } else {
                    SocketsReport.watch(r, portSet, out, palette);
                }
                return r.processes().stream().anyMatch(a -> !a.expected()) ? 1 : 0;
            }
            List<SmtpConnection> now = sockets.now();
            if (json) {
                SocketsReport.snapshotJson(now, portSet, out);
            } else {
                SocketsReport.snapshot(now, portSet, out, palette);
            }
            return now.stream().anyMatch(c -> !c.expected()) ? 1 : 0;
        } catch (UncheckedIOException e) {
            throw new UserError(proc + ": cannot read: " + e.getCause().getMessage() + "; nothing listed", e);
        }
    }
}
