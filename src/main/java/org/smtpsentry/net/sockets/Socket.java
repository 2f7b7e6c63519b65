package org.smtpsentry.net.sockets;

/** One line of the kernel's TCP table. {@code inode} is 0 when no process holds it any more (TIME_WAIT). */
record Socket(String localAddress, int localPort, String remoteAddress, int remotePort, SocketState state, int uid,
              long inode) {

    /** The same connection in every sample: the kernel reuses neither the local port nor the inode while it lives. */
    String key() {
        return localAddress + ":" + localPort + ">" + remoteAddress + ":" + remotePort + "#" + inode;
    }
}
