package org.smtpsentry.probe;

import java.net.InetAddress;
import java.time.Duration;

/**
 * Where and how to connect: {@code host}, {@code port}, TLS from the first byte ({@code implicitTls}, port 465) or
 * by STARTTLS, the local address to bind ({@code source}, null for the system's choice), the time allowed to connect
 * and for each whole reply, and the name the probe gives in EHLO.
 */
record Endpoint(String host, int port, boolean implicitTls, InetAddress source, Duration connectTimeout,
                Duration replyTimeout, String ehloName) {

    String label() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
