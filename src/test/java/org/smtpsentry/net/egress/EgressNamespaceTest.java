package org.smtpsentry.net.egress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.smtpsentry.testkit.CommandRun;

/**
 * The rules for real, in two network namespaces the test creates: a "mail server" namespace where the rules go and
 * a "internet" namespace with SMTP listeners on 10.203.0.2 (an MX) and 10.203.0.3 (the relay). The MTA's user
 * (postfix) may connect to the MX; nobody else may, except to the relay.
 */
@Tag("e2e")
class EgressNamespaceTest {
    private final String id = Long.toString(ProcessHandle.current().pid() % 100000);
    private final String server = "s9eg" + id;
    private final String internet = "s9in" + id;
    private Process listener;

    private static boolean installed(String path) {
        return Files.isExecutable(Path.of(path));
    }

    @BeforeEach
    void namespaces() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root for network namespaces and nft");
        assumeTrue(installed("/usr/sbin/nft") && installed("/usr/sbin/ip") && installed("/usr/sbin/runuser")
                && installed("/usr/bin/python3"), "needs nft, ip, runuser, python3 (Debian: nftables, iproute2)");
        assumeTrue(run("getent", "passwd", "postfix") == 0, "needs the user postfix (Debian package postfix)");
        must("ip", "netns", "add", server);
        must("ip", "netns", "add", internet);
        must("ip", "-n", server, "link", "add", "eg0", "type", "veth", "peer", "name", "in0", "netns", internet);
        must("ip", "-n", server, "addr", "add", "10.203.0.1/24", "dev", "eg0");
        must("ip", "-n", internet, "addr", "add", "10.203.0.2/24", "dev", "in0");
        must("ip", "-n", internet, "addr", "add", "10.203.0.3/24", "dev", "in0");
        for (String ns : List.of(server, internet)) {
            must("ip", "-n", ns, "link", "set", "lo", "up");
        }
        must("ip", "-n", server, "link", "set", "eg0", "up");
        must("ip", "-n", internet, "link", "set", "in0", "up");
        listener = new ProcessBuilder("ip", "netns", "exec", internet, "/usr/bin/python3", "-c", """
                import socket, threading
                def serve(port):
                    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                    s.bind(('0.0.0.0', port)); s.listen(50)
                    while True:
                        c, _ = s.accept(); c.sendall(b'220 mx ESMTP\\r\\n'); c.close()
                for p in (25, 587):
                    threading.Thread(target=serve, args=(p,), daemon=True).start()
                print('listening', flush=True)
                import sys; sys.stdin.read()
                """).redirectErrorStream(true).start();
        assertEquals("listening", new String(listener.getInputStream().readNBytes(9), StandardCharsets.UTF_8));
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (listener != null) {
            listener.getOutputStream().close();
            listener.destroy();
            listener.waitFor(5, TimeUnit.SECONDS);
        }
        run("ip", "netns", "del", server);
        run("ip", "netns", "del", internet);
    }

    /** Whether {@code user} can open a TCP connection from the server namespace (bash's /dev/tcp, 3 s at most). */
    private boolean connects(String user, String address, int port) throws Exception {
        return run("ip", "netns", "exec", server, "runuser", "-u", user, "--", "timeout", "3", "bash", "-c",
                "exec 3<>/dev/tcp/" + address + "/" + port) == 0;
    }

    private static CommandRun egress(String... args) {
        List<String> argv = new ArrayList<>(List.of("egress"));
        argv.addAll(List.of(args));
        return CommandRun.run(argv.toArray(String[]::new));
    }

    @Test
    void onlyTheMtaUserConnectsOutExceptToTheRelay() throws Exception {
        assertTrue(connects("nobody", "10.203.0.2", 25), "before the rules anyone connects");
        CommandRun before = egress("--check", "--netns", server, "--relay", "10.203.0.3");
        assertEquals(1, before.status(), before.err() + before.out());
        assertTrue(before.out().contains("port 25: outbound connections are not dropped for other users"),
                before.out());

        CommandRun applied = egress("--apply", "--netns", server, "--relay", "10.203.0.3");
        assertEquals(0, applied.status(), applied.err() + applied.out());
        assertTrue(applied.out().contains("In place."), applied.out());

        assertTrue(connects("postfix", "10.203.0.2", 25), "the MTA's user connects to an MX");
        assertTrue(connects("postfix", "10.203.0.2", 587));
        assertTrue(!connects("nobody", "10.203.0.2", 25), "another user is dropped");
        assertTrue(!connects("nobody", "10.203.0.2", 587));
        assertTrue(connects("nobody", "10.203.0.3", 587), "anyone reaches the relay");

        CommandRun again = egress("--apply", "--netns", server, "--relay", "10.203.0.3");
        assertEquals(0, again.status(), "applying twice replaces the table: " + again.err());
        CommandRun json = egress("--check", "--json", "--netns", server, "--relay", "10.203.0.3");
        assertEquals(0, json.status(), json.err());
        assertTrue(json.out().contains("\"in_place\": true"), json.out());
        CommandRun otherRelay = egress("--check", "--netns", server, "--relay", "10.203.0.9");
        assertEquals(1, otherRelay.status());
        assertTrue(otherRelay.out().contains("the relay 10.203.0.9 is not exempted"), otherRelay.out());
    }

    private static void must(String... argv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", argv) + ": " + out);
        }
    }

    private static int run(String... argv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
