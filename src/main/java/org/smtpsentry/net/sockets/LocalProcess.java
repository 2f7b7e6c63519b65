package org.smtpsentry.net.sockets;

/** A process as /proc shows it: pid, owner, short name and command line. */
public record LocalProcess(long pid, int uid, String user, String name, String commandLine) {
}
