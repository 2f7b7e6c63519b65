package org.smtpsentry.probe;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@code smtpsentry probe} does: the host and ports (TLS from the first byte on {@code implicitTlsPorts}),
 * the local address to probe from ({@code source}, null for the system's choice), timeouts, the EHLO name, the
 * domain of the relay-test recipients, the optional login ({@code credentials}, null without), the address for
 * {@code --relay-confirm} (null: never send a message), the number of wrong logins for {@code --bruteforce}
 * (0: not tested), a private CA ({@code caFile}, null for none), the name the certificate must carry
 * ({@code tlsName}) and the greeting delay that counts as a tarpit.
 */
public record ProbeSettings(String host, List<Integer> ports, List<Integer> implicitTlsPorts, InetAddress source,
                            Duration connectTimeout, Duration replyTimeout, String ehloName, String relayDomain,
                            Credentials credentials, String relayConfirm, int bruteforce, Path caFile,
                            String tlsName, Duration slowGreeting) {

    public ProbeSettings {
        ports = List.copyOf(ports);
        implicitTlsPorts = List.copyOf(implicitTlsPorts);
    }

    Endpoint endpoint(int port) {
        return new Endpoint(host, port, implicitTlsPorts.contains(port), source, connectTimeout, replyTimeout,
                ehloName);
    }
}
