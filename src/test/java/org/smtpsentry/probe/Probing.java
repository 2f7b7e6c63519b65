package org.smtpsentry.probe;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

/** Settings and port probes for unit tests against a {@link ScriptedSmtpServer}. */
final class Probing {
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private Probing() {
    }

    static ProbeSettings settings(int port, Credentials credentials, String relayConfirm, int bruteforce) {
        return new ProbeSettings("127.0.0.1", List.of(port), List.of(), null, Duration.ofSeconds(2),
                Duration.ofSeconds(2), "probe.test", "example.org", credentials, relayConfirm, bruteforce, null,
                "127.0.0.1", Duration.ofSeconds(1));
    }

    static PortProbe port(ProbeSettings settings) {
        return new PortProbe(settings, settings.ports().get(0), CertificateTrust.load(null),
                InstantSource.fixed(NOW));
    }

    static PortProbe port(int port) {
        return port(settings(port, null, null, 0));
    }
}
