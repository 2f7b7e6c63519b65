package org.smtpsentry.net.sockets;

/** TCP states as numbered in the kernel's tables (include/net/tcp_states.h). */
public enum SocketState {
    ESTABLISHED, SYN_SENT, SYN_RECV, FIN_WAIT1, FIN_WAIT2, TIME_WAIT, CLOSE, CLOSE_WAIT, LAST_ACK, LISTEN, CLOSING,
    NEW_SYN_RECV, UNKNOWN;

    static SocketState of(int number) {
        return number >= 1 && number <= 12 ? values()[number - 1] : UNKNOWN;
    }
}
