package org.smtpsentry.net.sockets;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.smtpsentry.text.JsonWriter;
import org.smtpsentry.text.Numbers;
import org.smtpsentry.text.Palette;
import org.smtpsentry.text.Table;

/** Terminal and JSON forms of a snapshot and of a watch; docs/sockets.md documents the JSON. */
public final class SocketsReport {
    private static final int COMMAND_WIDTH = 80;

    private SocketsReport() {
    }

    public static void snapshot(List<SmtpConnection> list, Collection<Integer> ports, PrintWriter out,
                                Palette palette) {
        long unexpected = list.stream().filter(c -> !c.expected()).count();
        out.println("Outbound SMTP connections (to ports " + ports(ports) + "): " + Numbers.count(list.size())
                + (list.isEmpty() ? "" : ", " + Numbers.count(unexpected) + " not from the mail system"));
        if (list.isEmpty()) {
            out.flush();
            return;
        }
        Table t = new Table("PID", "USER", "PROCESS", "DESTINATION", "STATE", "", "COMMAND");
        for (SmtpConnection c : list.stream().sorted(java.util.Comparator.comparing(SmtpConnection::expected))
                .toList()) {
            LocalProcess p = c.process();
            t.row(p == null ? "-" : Long.toString(p.pid()), p == null ? "uid " + c.uid() : p.user(),
                    p == null ? "(none)" : p.name(), c.destination(), c.state().name(),
                    c.expected() ? palette.green("expected") : palette.red("UNEXPECTED"),
                    p == null ? "" : shorten(p.commandLine()));
        }
        out.print(t.render("  "));
        out.flush();
    }

    public static void snapshotJson(List<SmtpConnection> list, Collection<Integer> ports, PrintWriter out) {
        JsonWriter j = new JsonWriter(out);
        j.beginObject();
        portsJson(j, ports);
        j.name("connections").beginArray();
        for (SmtpConnection c : list) {
            j.beginObject();
            process(j, c.process(), c.uid());
            j.field("local", c.local()).field("destination", c.destination())
                    .field("state", c.state().name().toLowerCase(Locale.ROOT)).field("expected", c.expected());
            j.endObject();
        }
        j.endArray().endObject();
        j.finish();
    }

    public static void watch(SocketWatch.Report r, Collection<Integer> ports, PrintWriter out, Palette palette) {
        out.println("Processes that opened SMTP connections (to ports " + ports(ports) + ") in "
                + r.duration().toSeconds() + " s (" + r.samples() + " samples, every " + r.interval().toMillis()
                + " ms), the mail system's own last:");
        if (r.processes().isEmpty()) {
            out.println("  none");
            out.flush();
            return;
        }
        Table t = new Table("OPENED", "PID", "USER", "PROCESS", "", "DESTINATIONS", "COMMAND");
        for (SocketWatch.Activity a : r.processes()) {
            LocalProcess p = a.process();
            t.row(Numbers.count(a.connectionsOpened()), p == null ? "-" : Long.toString(p.pid()), a.user(),
                    p == null ? "(gone)" : p.name(), a.expected() ? palette.green("expected") : palette.red("UNEXPECTED"),
                    destinations(a.destinations()), p == null ? "" : shorten(p.commandLine()));
        }
        out.print(t.render("  "));
        out.flush();
    }

    public static void watchJson(SocketWatch.Report r, Collection<Integer> ports, PrintWriter out) {
        JsonWriter j = new JsonWriter(out);
        j.beginObject();
        portsJson(j, ports);
        j.field("interval_ms", r.interval().toMillis()).field("duration_ms", r.duration().toMillis())
                .field("samples", r.samples());
        j.name("processes").beginArray();
        for (SocketWatch.Activity a : r.processes()) {
            j.beginObject();
            process(j, a.process(), a.uid());
            j.field("expected", a.expected()).field("connections_opened", a.connectionsOpened());
            j.name("destinations").beginArray();
            for (String d : a.destinations()) {
                j.value(d);
            }
            j.endArray();
            j.field("first_seen", a.firstSeen()).field("last_seen", a.lastSeen());
            j.endObject();
        }
        j.endArray().endObject();
        j.finish();
    }

    private static void process(JsonWriter j, LocalProcess p, int uid) {
        if (p == null) {
            j.name("pid").value((String) null).field("uid", uid).field("user", (String) null)
                    .field("process", (String) null).field("command", (String) null);
        } else {
            j.field("pid", p.pid()).field("uid", p.uid()).field("user", p.user()).field("process", p.name())
                    .field("command", p.commandLine());
        }
    }

    private static void portsJson(JsonWriter j, Collection<Integer> ports) {
        j.name("ports").beginArray();
        for (int p : ports) {
            j.value(p);
        }
        j.endArray();
    }

    private static String ports(Collection<Integer> ports) {
        return ports.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String destinations(List<String> list) {
        String shown = list.stream().limit(3).collect(Collectors.joining(" "));
        return list.size() > 3 ? shown + " +" + (list.size() - 3) + " more" : shown;
    }

    private static String shorten(String command) {
        return command.length() > COMMAND_WIDTH ? command.substring(0, COMMAND_WIDTH - 1) + "…" : command;
    }
}
