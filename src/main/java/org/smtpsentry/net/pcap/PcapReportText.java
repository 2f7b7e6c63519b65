package org.smtpsentry.net.pcap;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.smtpsentry.text.Numbers;
import org.smtpsentry.text.Palette;
import org.smtpsentry.text.Table;

/** The terminal form of {@link PcapReport}: hosts bypassing the relay first, then exposed credentials. */
public final class PcapReportText {
    static final String MASK = "********";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private PcapReportText() {
    }

    public static void write(PcapReport report, PrintWriter out, Palette palette, boolean showPasswords) {
        for (PcapReport.CaptureRead c : report.captures()) {
            if (c.damage() != null) {
                out.println(palette.red(c.damage()));
            } else {
                out.println(c.file() + ": " + Numbers.count(c.packets()) + " packets, " + Numbers.count(c.bytes())
                        + " bytes");
            }
        }
        out.println(relayLine(report));
        out.println();
        if (report.hosts().isEmpty()) {
            out.println("No SMTP client sessions from internal hosts (" + Numbers.count(report.sessions())
                    + " SMTP sessions in all).");
        } else {
            hosts(report, out, palette);
        }
        if (report.externalClientSessions() > 0) {
            out.println("Sessions from external clients (inbound, not in the host table): "
                    + Numbers.count(report.externalClientSessions()));
        }
        credentials(report.credentials(), out, palette, showPasswords);
        if (!report.skipped().isEmpty()) {
            out.println();
            out.println("Skipped:");
            for (Oddities.Tally t : report.skipped()) {
                out.println("  " + Numbers.count(t.count()) + " " + t.kind().description() + " (first: "
                        + t.firstSeen() + ")");
            }
        }
        out.flush();
    }

    private static String relayLine(PcapReport report) {
        if (report.relaysGiven()) {
            return "Organisation's relay: " + String.join(", ", report.relays());
        }
        return "No --relay given: servers with internal addresses are taken as the organisation's relays.";
    }

    private static void hosts(PcapReport report, PrintWriter out, Palette palette) {
        out.println("SMTP clients on the internal network, those speaking to the most servers directly first:");
        Table table = new Table("HOST", "SESSIONS", "PER MIN", "SERVERS", "DIRECT", "VIA RELAY", "MAIL FROM", "RCPT",
                "REFUSALS");
        for (PcapReport.Host h : report.hosts()) {
            long refusals = h.refusals().stream().mapToLong(PcapReport.Counted::count).sum();
            table.row(h.bypassesRelay() ? palette.red(h.address().toString()) : h.address().toString(),
                    Numbers.count(h.sessions()), String.format(Locale.ROOT, "%.1f", h.sessionsPerMinute()),
                    Numbers.count(h.servers()), Numbers.count(h.directServers()), Numbers.count(h.relaySessions()),
                    Numbers.count(h.mailFrom()), Numbers.count(h.recipients()), Numbers.count(refusals));
        }
        out.print(table.render("  "));
        for (PcapReport.Host h : report.hosts()) {
            out.println();
            out.println(palette.bold(headline(h)));
            out.println("  " + counted(h.sessions(), "session") + " from " + TIME.format(h.first()) + " to "
                    + TIME.format(h.last()) + " UTC, " + Numbers.count(h.answered()) + " answered, "
                    + Numbers.count(h.encrypted()) + " encrypted (TLS), " + Numbers.count(h.partial())
                    + " not seen whole; " + Numbers.count(h.mailFrom()) + " MAIL FROM, "
                    + Numbers.count(h.recipients()) + " RCPT (" + Numbers.count(h.recipientsAccepted())
                    + " accepted), " + counted(h.messages(), "message") + " accepted");
            listed(out, "refusals", h.refusals());
            listed(out, "greetings", h.greetings());
            listed(out, "servers", h.topServers());
            listed(out, "HELO names", h.heloNames());
            listed(out, "senders", h.senders().stream()
                    .map(c -> new PcapReport.Counted("<" + c.text() + ">", c.count())).toList());
        }
    }

    private static String counted(long n, String thing) {
        return Numbers.count(n) + " " + thing + (n == 1 ? "" : "s");
    }

    private static String headline(PcapReport.Host h) {
        String rate = String.format(Locale.ROOT, "%.1f", h.sessionsPerMinute());
        if (h.relaySessions() == 0) {
            return h.address() + " bypasses the relay: SMTP straight to " + counted(h.directServers(), "server")
                    + " (" + rate + " sessions a minute)";
        }
        if (h.bypassesRelay()) {
            return h.address() + " uses the relay but also speaks SMTP straight to "
                    + counted(h.directServers(), "server") + " (" + Numbers.count(h.directSessions()) + " of "
                    + counted(h.sessions(), "session") + ")";
        }
        return h.address() + " uses the relay only (" + rate + " sessions a minute)";
    }

    private static void listed(PrintWriter out, String what, List<PcapReport.Counted> items) {
        if (items.isEmpty()) {
            return;
        }
        out.println("  " + what + ": " + items.stream()
                .map(c -> Numbers.count(c.count()) + " × " + c.text())
                .collect(Collectors.joining("; ")));
    }

    private static void credentials(List<Credential> list, PrintWriter out, Palette palette, boolean show) {
        if (list.isEmpty()) {
            return;
        }
        out.println();
        out.println(palette.red("Credentials exposed on the wire (clear-text AUTH, " + Numbers.count(list.size())
                + "):"));
        Table table = new Table("TIME (UTC)", "CLIENT", "SERVER", "MECHANISM", "ACCOUNT", "PASSWORD", "OUTCOME");
        for (Credential c : list) {
            table.row(TIME.format(c.time()), c.client().toString(), server(c), c.mechanism(), c.account(),
                    password(c, show), c.outcome().name().toLowerCase(Locale.ROOT));
        }
        out.print(table.render("  "));
        if (!show) {
            out.println("  (passwords masked; --show-passwords prints them)");
        }
    }

    static String server(Credential c) {
        String address = c.server().toString();
        return (c.server().isIpv4() ? address : "[" + address + "]") + ":" + c.serverPort();
    }

    static String password(Credential c, boolean show) {
        if (c.password() == null) {
            return "(not sent)";
        }
        return show ? c.password() : MASK;
    }
}
