package org.smtpsentry.net.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.smtpsentry.cli.Main;

/**
 * Records real SMTP sessions (swaks against {@link SmtpResponder}) with tcpdump and reads the recordings: on loopback
 * with two link types, and through a pair of network namespaces (a LAN with a relay and a direct-to-MX spammer).
 * The recordings are left in target/recorded/; the ones under src/test/resources/pcap/ were made this way.
 */
@Tag("e2e")
class RecordedCaptureTest {
    private static final Path OUT = Path.of("target/recorded");

    private static void assumeTools() {
        assumeTrue(Recording.root(), "needs root for tcpdump and network namespaces");
        assumeTrue(Recording.installed("tcpdump") && Recording.installed("swaks"),
                "needs tcpdump and swaks (Debian packages tcpdump, swaks)");
    }

    @Test
    void loopbackRecordingNamesTheHostBypassingTheRelay() throws Exception {
        assumeTools();
        Files.createDirectories(OUT);
        Path lo = OUT.resolve("loopback.pcap");
        Path any = OUT.resolve("loopback-sll2.pcap");
        List<InetSocketAddress> listen = new ArrayList<>(List.of(new InetSocketAddress("127.0.9.1", 587)));
        for (int i = 101; i <= 106; i++) {
            listen.add(new InetSocketAddress("127.0.9." + i, 25));
        }
        SmtpResponder responder;
        try {
            responder = SmtpResponder.start(listen, Set.of("127.0.9.103", "127.0.9.105"));
        } catch (IOException e) {
            assumeTrue(false, "cannot listen on 127.0.9.x ports 25/587: " + e.getMessage());
            return;
        }
        try (responder) {
            Process onLo = Recording.tcpdump(List.of(), "lo", lo, "net 127.0.9.0/24");
            Process onAny = Recording.tcpdump(List.of(), "any", any,
                    "net 127.0.9.0/24");
            try {
                for (String client : List.of("127.0.9.11", "127.0.9.12")) {
                    Recording.run(Recording.swaks("127.0.9.1:587", client, "alice@example.org", "bob@example.net",
                            "--auth", "LOGIN", "--auth-user", "alice@example.org", "--auth-password", "Secret-1"));
                }
                Recording.status(Recording.swaks("127.0.9.1:587", "127.0.9.12", "alice@example.org",
                        "bob@example.net", "--auth", "PLAIN", "--auth-user", "carol@example.org",
                        "--auth-password", "wrong"));
                for (int i = 101; i <= 106; i++) {
                    Recording.status(Recording.swaks("127.0.9." + i + ":25", "127.0.9.66", "offers@example.com",
                            "u" + i + "@example.net,v" + i + "@example.net"));
                }
            } finally {
                Recording.stop(onLo);
                Recording.stop(onAny);
            }
        }
        RecordedCapturesTest.assertLoopbackReport(lo);
        // capturing on "any" loses packets on a busy machine: only the verdict is asserted there
        PcapReport.Host first = RecordedCapturesTest.read(any, "127.0.9.1").hosts().get(0);
        assertEquals("127.0.9.66", first.address().toString());
        assertEquals(6, first.directServers());
        if (Recording.installed("editcap")) {
            Path ng = OUT.resolve("loopback.pcapng");
            Recording.run(List.of("editcap", "-F", "pcapng", lo.toString(), ng.toString()));
            RecordedCapturesTest.assertLoopbackReport(ng);
        }
    }

    @Test
    void namespaceRecordingNamesTheSpammerAmongRelayUsers() throws Exception {
        assumeTools();
        Files.createDirectories(OUT);
        String id = Long.toString(ProcessHandle.current().pid() % 100000);
        String lan = "s9lan" + id;
        String wan = "s9wan" + id;
        Path file = OUT.resolve("relay-and-spammer.pcap");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> inLan = List.of("ip", "netns", "exec", lan);
        Process responder = null;
        try {
            Recording.run(List.of("ip", "netns", "add", lan));
            Recording.run(List.of("ip", "netns", "add", wan));
            Recording.run(List.of("ip", "-n", lan, "link", "add", "lan0", "type", "veth", "peer", "name", "wan0",
                    "netns", wan));
            Recording.run(List.of("ip", "-n", lan, "link", "set", "lo", "up"));
            Recording.run(List.of("ip", "-n", wan, "link", "set", "lo", "up"));
            for (String a : List.of("10.0.0.11", "10.0.0.12", "10.0.0.13", "10.0.0.66")) {
                Recording.run(List.of("ip", "-n", lan, "addr", "add", a + "/24", "dev", "lan0"));
            }
            Recording.run(List.of("ip", "-n", wan, "addr", "add", "10.0.0.2/24", "dev", "wan0"));
            List<String> mx = new ArrayList<>();
            for (int i = 10; i < 40; i++) {
                mx.add("198.51.100." + i);
                Recording.run(List.of("ip", "-n", wan, "addr", "add", "198.51.100." + i + "/32", "dev", "wan0"));
            }
            Recording.run(List.of("ip", "-n", lan, "link", "set", "lan0", "up"));
            Recording.run(List.of("ip", "-n", wan, "link", "set", "wan0", "up"));
            Recording.run(List.of("ip", "-n", lan, "route", "add", "default", "via", "10.0.0.2"));
            responder = new ProcessBuilder("ip", "netns", "exec", wan, java, "-cp", "target/test-classes",
                    SmtpResponder.class.getName(), "--refuse", String.join(",", mx.subList(0, 12)),
                    "0.0.0.0:25", "0.0.0.0:587").redirectErrorStream(true).start();
            String ready = new String(responder.getInputStream().readNBytes("listening".length()));
            assertEquals("listening", ready, "the responder started in the namespace");
            Process dump = Recording.tcpdump(inLan, "lan0", file, "tcp");
            try {
                List<String> swaksInLan = new ArrayList<>(inLan);
                for (String client : List.of("10.0.0.11", "10.0.0.12", "10.0.0.13", "10.0.0.11")) {
                    List<String> argv = new ArrayList<>(inLan);
                    argv.addAll(Recording.swaks("10.0.0.2:587", client, "staff@example.org", "partner@example.net"));
                    Recording.run(argv);
                }
                for (String server : mx) {
                    List<String> argv = new ArrayList<>(swaksInLan);
                    argv.addAll(Recording.swaks(server + ":25", "10.0.0.66", "billing@bank.example",
                            "a@" + server.replace('.', '-') + ".example,b@example.net"));
                    Recording.status(argv);
                }
            } finally {
                Recording.stop(dump);
            }
        } finally {
            if (responder != null) {
                responder.getOutputStream().close();
                responder.destroy();
                responder.waitFor();
            }
            Recording.status(List.of("ip", "netns", "del", lan));
            Recording.status(List.of("ip", "netns", "del", wan));
        }
        RecordedCapturesTest.assertRelayAndSpammerReport(file);
    }

    static String pcap(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> argv = new ArrayList<>(List.of("pcap"));
        argv.addAll(List.of(args));
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), argv.toArray(String[]::new));
        assertEquals(0, status, err.toString() + out);
        assertTrue(err.toString().isEmpty(), err.toString());
        return out.toString();
    }
}
