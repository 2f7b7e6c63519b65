package org.smtpsentry.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import org.smtpsentry.UserError;
import org.smtpsentry.probe.Credentials;
import org.smtpsentry.probe.FindingsPrinter;
import org.smtpsentry.probe.PortResult;
import org.smtpsentry.probe.Probe;
import org.smtpsentry.probe.ProbeReport;
import org.smtpsentry.probe.ProbeSettings;
import org.smtpsentry.text.JsonWriter;
import org.smtpsentry.text.Palette;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code smtpsentry probe HOST}: tests an SMTP server from the outside, as an attacker would. */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = {"Tests an SMTP server as an attacker would: banner, AUTH before TLS, TLS versions and"
                + " certificate, open relay, VRFY/EXPN, sender ownership of a login, brute-force defence.",
                "Exit status: 0 nothing to fix, 1 warnings, 2 failures, 3 could not connect."})
public final class ProbeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Parameters(paramLabel = "HOST", description = "The server to probe (name or IP).")
    String host;

    @Option(names = "--ports", split = ",", paramLabel = "PORT",
            description = "Ports to probe (default: ${DEFAULT-VALUE}).", defaultValue = "25,587,465")
    List<Integer> ports;

    @Option(names = "--implicit-tls-ports", split = ",", paramLabel = "PORT",
            description = "Ports that speak TLS from the first byte (default: ${DEFAULT-VALUE}).", defaultValue = "465")
    List<Integer> implicitTlsPorts;

    @Option(names = "--source", paramLabel = "ADDRESS",
            description = "Local address to probe from (e.g. 127.0.0.5 when the server trusts 127.0.0.1).")
    String source;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Time allowed for each whole reply (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Time allowed to connect (default: ${DEFAULT-VALUE}).")
    int connectTimeout;

    @Option(names = "--slow-greeting", paramLabel = "SECONDS", defaultValue = "5",
            description = "A greeting slower than this is reported as a tarpit (default: ${DEFAULT-VALUE}).")
    int slowGreeting;

    @Option(names = "--ehlo", paramLabel = "NAME", defaultValue = "probe.smtpsentry.invalid",
            description = "Name to give in EHLO (default: ${DEFAULT-VALUE}).")
    String ehlo;

    @Option(names = "--relay-domain", paramLabel = "DOMAIN", defaultValue = "example.org",
            description = "Domain of the relay-test recipients, one the server must not relay to"
                    + " (default: ${DEFAULT-VALUE}).")
    String relayDomain;

    @Option(names = "--relay-confirm", paramLabel = "ADDRESS",
            description = "When a relay test is accepted, send ONE test message to this address of yours to prove it.")
    String relayConfirm;

    @Option(names = "--user", paramLabel = "LOGIN", description = "A login of the server, for the sender checks.")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "Its password (visible in ps: prefer"
            + " --password-file).")
    String password;

    @Option(names = "--password-file", paramLabel = "FILE", description = "A file whose first line is the password.")
    Path passwordFile;

    @Option(names = "--bruteforce", paramLabel = "N", defaultValue = "0",
            description = "Send N deliberately wrong logins and see whether the server slows down, refuses or bans.")
    int bruteforce;

    @Option(names = "--ca-file", paramLabel = "FILE", description = "PEM CA certificate(s) to trust besides the"
            + " JVM's (a private CA).")
    Path caFile;

    @Option(names = "--tls-name", paramLabel = "NAME", description = "Name the certificate must carry"
            + " (default: HOST).")
    String tlsName;

    @Option(names = "--transcript", description = "Print the send/expect lines under each finding.")
    boolean transcript;

    @Option(names = "--json", description = "Print the report as JSON (schema in docs/probe.md).")
    boolean json;

    @Override
    public Integer call() {
        ProbeSettings settings = settings();
        ProbeReport report = new Probe(settings, InstantSource.system()).run();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, settings, report);
        } else {
            FindingsPrinter printer = new FindingsPrinter(Palette.forStdout(), transcript);
            out.println("smtpsentry probe " + host + ", ports " + ports.stream().map(String::valueOf)
                    .reduce((a, b) -> a + ", " + b).orElse("") + (source != null ? ", from " + source : ""));
            printer.print(out, report.findings());
            if (report.exitStatus() == ProbeReport.UNREACHABLE) {
                out.println("could not connect to any port");
            }
        }
        out.flush();
        return report.exitStatus();
    }

    private ProbeSettings settings() {
        for (int port : ports) {
            if (port < 1 || port > 65_535) {
                throw new UserError("--ports: " + port + " is not a TCP port (1-65535); not probed");
            }
        }
        if (bruteforce < 0 || bruteforce > 1_000) {
            throw new UserError("--bruteforce: " + bruteforce + " is out of range (0-1000); not probed");
        }
        if (timeout < 1 || connectTimeout < 1) {
            throw new UserError("--timeout/--connect-timeout: give at least 1 second; not probed");
        }
        if (relayConfirm != null && !relayConfirm.matches("[^<>@\\s]+@[^<>@\\s]+")) {
            throw new UserError("--relay-confirm: \"" + relayConfirm + "\" is not an address like you@example.net;"
                    + " not probed");
        }
        Credentials credentials = null;
        if (user != null) {
            credentials = new Credentials(user, password());
        } else if (password != null || passwordFile != null) {
            throw new UserError("--password/--password-file given without --user; give the login too; not probed");
        }
        InetAddress bind = null;
        if (source != null) {
            try {
                bind = InetAddress.getByName(source);
            } catch (UnknownHostException e) {
                throw new UserError("--source: \"" + source + "\" is not an address of this machine; not probed", e);
            }
        }
        return new ProbeSettings(host, ports, implicitTlsPorts, bind, Duration.ofSeconds(connectTimeout),
                Duration.ofSeconds(timeout), ehlo, relayDomain, credentials, relayConfirm, bruteforce, caFile,
                tlsName != null ? tlsName : host, Duration.ofSeconds(slowGreeting));
    }

    private String password() {
        if (password != null && passwordFile != null) {
            throw new UserError("--password and --password-file: give only one; not probed");
        }
        if (passwordFile != null) {
            try {
                List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
                if (lines.isEmpty() || lines.get(0).isEmpty()) {
                    throw new UserError(passwordFile + ": --password-file: the first line is empty; put the password"
                            + " on it; not probed");
                }
                return lines.get(0);
            } catch (IOException e) {
                throw new UserError(passwordFile + ": --password-file: cannot read it (" + e.getMessage()
                        + "); not probed", e);
            }
        }
        if (password == null) {
            throw new UserError("--user " + user + ": give --password or --password-file; not probed");
        }
        return password;
    }

    private static void printJson(PrintWriter out, ProbeSettings settings, ProbeReport report) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject()
                .field("schema", "smtpsentry-probe/1")
                .field("host", report.host())
                .field("source", settings.source() == null ? null : settings.source().getHostAddress());
        json.name("ports").beginArray();
        for (PortResult port : report.ports()) {
            json.beginObject()
                    .field("port", port.port())
                    .field("implicit_tls", port.implicitTls())
                    .field("reached", port.reached())
                    .field("problem", port.problem());
            json.name("transcript").beginArray();
            port.transcript().forEach(json::value);
            json.endArray().endObject();
        }
        json.endArray();
        FindingsPrinter.jsonFields(json, report.findings(), report.exitStatus());
        json.endObject().finish();
    }
}
