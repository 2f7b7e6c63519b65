package org.smtpsentry.net.sockets;

/**
 * A local socket connected (or connecting) to a remote SMTP port, with the process holding it; {@code process} is
 * null when no process of this machine's /proc holds it any more (a connection closing, or one in TIME_WAIT).
 */
public record SmtpConnection(LocalProcess process, String local, String destination, SocketState state, int uid,
                             boolean expected) {
}
