package org.smtpsentry.probe;

import java.util.List;

/** Settings pointed at a scripted server's port. */
final class ScriptedPort {
    private ScriptedPort() {
    }

    static ProbeSettings on(ProbeSettings s, int port) {
        return new ProbeSettings(s.host(), List.of(port), s.implicitTlsPorts(), s.source(), s.connectTimeout(),
                s.replyTimeout(), s.ehloName(), s.relayDomain(), s.credentials(), s.relayConfirm(), s.bruteforce(),
                s.caFile(), s.tlsName(), s.slowGreeting());
    }
}
