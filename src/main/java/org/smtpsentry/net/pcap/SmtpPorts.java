package org.smtpsentry.net.pcap;

import java.util.List;

/** The TCP ports whose traffic is read as SMTP: 25, 465 (implicit TLS), 587, 2525 and any the user adds. */
public final class SmtpPorts {
    public static final List<Integer> DEFAULT = List.of(25, 465, 587, 2525);
    private final boolean[] smtp = new boolean[65536];

    public SmtpPorts(List<Integer> ports) {
        for (int p : ports) {
            if (p < 1 || p > 65535) {
                throw new IllegalArgumentException("not a TCP port: " + p);
            }
            smtp[p] = true;
        }
    }

    boolean contains(int port) {
        return smtp[port];
    }

    /** Port 465 carries TLS from the first byte: nothing of the dialogue is readable there. */
    static boolean implicitTls(int port) {
        return port == 465;
    }
}
