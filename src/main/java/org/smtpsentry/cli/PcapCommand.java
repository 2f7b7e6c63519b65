package org.smtpsentry.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.smtpsentry.UserError;
import org.smtpsentry.net.pcap.Organisation;
import org.smtpsentry.net.pcap.PcapAnalysis;
import org.smtpsentry.net.pcap.PcapReport;
import org.smtpsentry.net.pcap.PcapReportJson;
import org.smtpsentry.net.pcap.PcapReportText;
import org.smtpsentry.net.pcap.SmtpPorts;
import org.smtpsentry.text.Palette;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code smtpsentry pcap FILE...}: which internal hosts speak SMTP, and which bypass the relay. */
@Command(name = "pcap", mixinStandardHelpOptions = true,
        description = {"Reads packet captures (pcap, pcapng, gzip'd) and reports, per internal host, the SMTP "
                + "sessions it opened, the servers it spoke to directly or through the relay, the answers it got, "
                + "and clear-text AUTH credentials exposed on the wire.",
                "Exit status: 0 all captures read whole, 1 a capture was damaged (read up to the damage), "
                        + "2 bad usage or unreadable file."})
public final class PcapCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Capture files, in order (rotated captures "
            + "continue the same connections).")
    List<Path> files;

    @Option(names = "--relay", paramLabel = "ADDRESS", description = "The organisation's relay (IP address or "
            + "CIDR block); repeatable. Without it, servers with internal addresses count as relays.")
    List<String> relays = new ArrayList<>();

    @Option(names = "--internal", paramLabel = "CIDR", description = "More internal address blocks besides the "
            + "private, unique-local and loopback ranges; repeatable.")
    List<String> internal = new ArrayList<>();

    @Option(names = "--ports", paramLabel = "PORT", split = ",", description = "TCP ports read as SMTP "
            + "(default: 25,465,587,2525).")
    List<Integer> ports = new ArrayList<>(SmtpPorts.DEFAULT);

    @Option(names = "--show-passwords", description = "Print the passwords of clear-text AUTH (masked otherwise).")
    boolean showPasswords;

    @Option(names = "--json", description = "Print the report as JSON (schema in docs/pcap.md).")
    boolean json;

    @Override
    public Integer call() {
        Organisation organisation;
        try {
            organisation = Organisation.of(internal, relays);
        } catch (IllegalArgumentException e) {
            throw new UserError("--relay/--internal: \"" + e.getMessage() + "\" is not an IP address or CIDR block "
                    + "(e.g. 192.0.2.25 or 10.1.0.0/16; the capture has no host names); nothing read");
        }
        for (int p : ports) {
            if (p < 1 || p > 65535) {
                throw new UserError("--ports: " + p + " is not a TCP port (1-65535); nothing read");
            }
        }
        for (Path f : files) {
            if (!Files.isReadable(f) || Files.isDirectory(f)) {
                throw new UserError(f + ": " + (Files.exists(f) ? "not a readable file" : "no such file")
                        + "; check the path; nothing read");
            }
        }
        PcapAnalysis analysis = new PcapAnalysis(organisation, new SmtpPorts(ports));
        for (Path f : files) {
            try {
                analysis.read(f);
            } catch (IOException e) {
                throw new UserError(f + ": cannot read: " + e.getMessage() + "; nothing reported", e);
            }
        }
        PcapReport report = analysis.report();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            PcapReportJson.write(report, out, showPasswords);
        } else {
            PcapReportText.write(report, out, Palette.forStdout(), showPasswords);
        }
        out.flush();
        return report.damaged() ? 1 : 0;
    }
}
