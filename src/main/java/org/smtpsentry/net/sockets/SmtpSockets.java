package org.smtpsentry.net.sockets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The outbound SMTP connections of this machine right now, from /proc (Linux only). */
public final class SmtpSockets {
    private final Path proc;
    private final Set<Integer> ports;
    private final Processes processes;
    private final ExpectedSenders expected;
    private final Users users;

    public SmtpSockets(Path proc, Users users, Set<Integer> ports, ExpectedSenders expected) {
        this.proc = proc;
        this.ports = Set.copyOf(ports);
        this.users = users;
        this.processes = new Processes(proc, users);
        this.expected = expected;
    }

    /** @throws UncheckedIOException when the kernel's TCP table cannot be read (not Linux, no /proc) */
    public List<SmtpConnection> now() {
        List<SmtpConnection> list = new ArrayList<>();
        for (Sampled s : sample()) {
            list.add(s.connection());
        }
        return list;
    }

    /** A connection and the key that identifies it across samples. */
    record Sampled(String key, SmtpConnection connection) {
    }

    List<Sampled> sample() {
        List<Socket> sockets;
        try {
            sockets = TcpTable.outbound(proc, ports);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<Long> inodes = new HashSet<>();
        for (Socket s : sockets) {
            if (s.inode() != 0) {
                inodes.add(s.inode());
            }
        }
        Map<Long, LocalProcess> holders = processes.holding(inodes);
        List<Sampled> list = new ArrayList<>();
        for (Socket s : sockets) {
            LocalProcess p = holders.get(s.inode());
            SmtpConnection c = new SmtpConnection(p, endpoint(s.localAddress(), s.localPort()),
                    endpoint(s.remoteAddress(), s.remotePort()), s.state(), s.uid(), expected.expected(p));
            list.add(new Sampled(s.key(), c));
        }
        return list;
    }

    String userName(int uid) {
        return users.name(uid);
    }

    static String endpoint(String address, int port) {
        return (address.indexOf(':') >= 0 ? "[" + address + "]" : address) + ":" + port;
    }
}
