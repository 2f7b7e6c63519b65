package org.smtpsentry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.smtpsentry.testkit.CommandRun.run;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.smtpsentry.testkit.CommandRun;

/** Real connections from this JVM and from a child process to a listener on 127.0.0.1, found through /proc. */
class SocketsCommandTest {

    private static CommandRun sockets(String... args) {
        String[] argv = new String[args.length + 1];
        argv[0] = "sockets";
        System.arraycopy(args, 0, argv, 1, args.length);
        return run(argv);
    }

    @Test
    void findsTheProcessesConnectedToTheDeclaredSmtpPort() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "needs Linux /proc");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "needs /usr/bin/python3 for a child client");
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
             Socket mine = new Socket("127.0.0.1", listener.getLocalPort())) {
            int port = listener.getLocalPort();
            Process child = new ProcessBuilder("/usr/bin/python3", "-c",
                    "import socket,sys,time\ns=socket.create_connection(('127.0.0.1'," + port + "))\n"
                            + "print('connected', flush=True)\nsys.stdin.read()").start();
            try {
                BufferedReader childOut = new BufferedReader(new InputStreamReader(child.getInputStream()));
                assertEquals("connected", childOut.readLine());
                CommandRun run = sockets("--ports", Integer.toString(port), "--json");
                assertEquals(1, run.status(), run.err() + run.out());
                String me = "\"pid\": " + ProcessHandle.current().pid() + ",";
                assertTrue(run.out().contains(me), run.out());
                assertTrue(run.out().contains("\"pid\": " + child.pid() + ","), run.out());
                assertTrue(run.out().contains("\"command\": \"/usr/bin/python3 -c import socket,sys,time"),
                        run.out());
                assertTrue(run.out().contains("\"destination\": \"127.0.0.1:" + port + "\""), run.out());
                assertTrue(run.out().contains("\"expected\": false"), run.out());

                CommandRun text = sockets("--ports", Integer.toString(port));
                assertTrue(text.out().contains("Outbound SMTP connections (to ports " + port + "): 2, 2 not from "
                        + "the mail system"), text.out());
                assertTrue(text.out().matches("(?s).*\\s" + child.pid() + "\\s+\\S+\\s+python3\\s+127\\.0\\.0\\.1:"
                        + port + "\\s+ESTABLISHED\\s+UNEXPECTED\\s+/usr/bin/python3 -c.*"), text.out());

                CommandRun watch = sockets("--ports", Integer.toString(port), "--watch", "--interval", "100ms",
                        "--duration", "500ms", "--json");
                assertEquals(1, watch.status(), watch.err());
                assertTrue(watch.out().contains("\"connections_opened\": 1"), watch.out());
                assertTrue(watch.out().contains("\"pid\": " + child.pid() + ","), watch.out());
                // on a busy machine one sample of /proc can outlast the whole watch: at least one is taken
                assertTrue(watch.out().matches("(?s).*\"samples\": [1-9][0-9]*,.*"), watch.out());
                CommandRun mta = sockets("--ports", Integer.toString(port), "--mta-user",
                        System.getProperty("user.name"));
                assertEquals(0, mta.status(), mta.out());
                assertTrue(mta.out().contains("2, 0 not from the mail system"), mta.out());
            } finally {
                child.getOutputStream().close();
                child.destroy();
                child.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void nothingConnectedIsAnEmptyListAndExitZero() {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "needs Linux /proc");
        CommandRun run = sockets("--ports", "9", "--json");
        assertEquals(0, run.status(), run.err());
        assertEquals("{\n  \"ports\": [\n    9\n  ],\n  \"connections\": []\n}\n", run.out());
        CommandRun bad = sockets("--ports", "70000");
        assertEquals(2, bad.status());
        assertEquals("smtpsentry: --ports: 70000 is not a TCP port (1-65535); nothing listed\n", bad.err());
    }
}
