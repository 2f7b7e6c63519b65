package org.smtpsentry.net.sockets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The /proc readers on a /proc tree written by the test (kernel table format of net/ipv4/tcp_ipv4.c). */
class SmtpSocketsTest {
    private static final String HEADER = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt"
            + "   uid  timeout inode\n";

    @TempDir
    Path proc;

    @Test
    void decodesKernelAddresses() {
        assertEquals("127.0.0.1", TcpTable.address("0100007F"));
        assertEquals("203.0.113.5", TcpTable.address("057100CB"));
        assertEquals("::1", TcpTable.address("00000000000000000000000001000000"));
        assertEquals("2001:db8::25", TcpTable.address("B80D0120000000000000000025000000"));
        assertEquals("198.51.100.7", TcpTable.address("0000000000000000FFFF0000076433C6"));
        assertNull(TcpTable.parse("garbage"));
    }

    private void table(String name, String... lines) throws Exception {
        Files.createDirectories(proc.resolve("net"));
        Files.writeString(proc.resolve("net").resolve(name), HEADER + String.join("\n", lines) + "\n");
    }

    private void process(long pid, String comm, String cmdline, int uid, long... inodes) throws Exception {
        Path dir = Files.createDirectories(proc.resolve(Long.toString(pid)).resolve("fd"));
        Files.writeString(dir.getParent().resolve("comm"), comm + "\n");
        Files.writeString(dir.getParent().resolve("cmdline"), cmdline.replace(' ', '\0') + "\0");
        Files.writeString(dir.getParent().resolve("status"), "Name:\t" + comm + "\nUid:\t" + uid + "\t" + uid
                + "\t" + uid + "\t" + uid + "\n");
        for (int i = 0; i < inodes.length; i++) {
            Files.createSymbolicLink(dir.resolve(Integer.toString(3 + i)), Path.of("socket:[" + inodes[i] + "]"));
        }
    }

    @Test
    void mapsSocketsToProcessesAndMarksTheMailSystemExpected() throws Exception {
        table("tcp",
                "   0: 0A00000A:C350 057100CB:0019 01 00000000:00000000 00:00000000 00000000    33        0 1001 1",
                "   1: 0A00000A:C351 0764 33C6:0019 01 00000000:00000000 00:00000000 00000000   102        0 1002 1"
                        .replace("0764 33C6", "076433C6"),
                "   2: 00000000:0019 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1003 1",
                "   3: 0A00000A:C352 057100CB:01BB 01 00000000:00000000 00:00000000 00000000    33        0 1004 1",
                "   4: 0A00000A:C353 057100CB:0019 06 00000000:00000000 03:00000000 00000000     0        0 0 3");
        Files.writeString(proc.resolve("passwd"), "root:x:0:0::/root:/bin/sh\nwww-data:x:33:33::/var/www:/bin/sh\n"
                + "postfix:x:102:105::/var/spool/postfix:/usr/sbin/nologin\n");
        process(4242, "php-fpm8.2", "php-fpm: pool www", 33, 1001, 1004);
        process(900, "smtp", "smtp -t unix -u -c", 102, 1002);
        SmtpSockets sockets = new SmtpSockets(proc, Users.from(proc.resolve("passwd")), Set.of(25, 587),
                new ExpectedSenders(List.of()));
        List<SmtpConnection> now = sockets.now();
        assertEquals(3, now.size(), now.toString());
        assertEquals("php-fpm: pool www", now.get(0).process().commandLine());
        assertEquals("www-data", now.get(0).process().user());
        assertEquals("203.0.113.5:25", now.get(0).destination());
        assertEquals(false, now.get(0).expected());
        assertEquals("postfix", now.get(1).process().user());
        assertEquals(true, now.get(1).expected());
        assertNull(now.get(2).process(), "a TIME_WAIT socket has no process");
        assertEquals(SocketState.TIME_WAIT, now.get(2).state());

        AtomicInteger sleeps = new AtomicInteger();
        Instant[] now2 = {Instant.parse("2026-11-23T10:00:00Z")};
        InstantSource clock = () -> now2[0];
        SocketWatch.Report r = new SocketWatch(sockets, clock, d -> {
            sleeps.incrementAndGet();
            now2[0] = now2[0].plus(d);
        }).watch(Duration.ofSeconds(1), Duration.ofSeconds(5));
        assertEquals(6, r.samples());
        assertEquals(5, sleeps.get());
        assertEquals(4242, r.processes().get(0).process().pid());
        assertEquals(1, r.processes().get(0).connectionsOpened(), "seen in six samples, opened once");
        assertEquals(List.of("203.0.113.5"), r.processes().get(0).destinations());
        assertEquals(true, r.processes().get(r.processes().size() - 1).expected());
    }
}
