package org.smtpsentry.probe;

import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;

/**
 * Which TLS versions the server accepts, one connection per version: TLS 1.0 and 1.1 (deprecated by RFC 8996) with
 * a {@link LegacyHello}, TLS 1.2 and 1.3 with the JDK's own handshake limited to that version.
 */
final class TlsVersionCheck implements Check {

    @Override
    public String name() {
        return "tls-versions";
    }

    @Override
    public void run(PortProbe port) throws IOException {
        if (port.survey().tls() == null) {
            return;
        }
        int start = port.transcript().mark();
        List<String> accepted = new ArrayList<>();
        for (int minor : new int[] {LegacyHello.TLS10, LegacyHello.TLS11}) {
            String version = minor == LegacyHello.TLS10 ? "TLSv1" : "TLSv1.1";
            try (Socket socket = upgradable(port)) {
                port.transcript().client("TLS ClientHello " + version);
                LegacyHello.Answer answer = LegacyHello.offer(socket, minor,
                        HostName.isName(port.endpoint().host()) ? port.endpoint().host() : null);
                port.transcript().server(answer.detail());
                if (answer.accepted()) {
                    accepted.add(version);
                }
            }
        }
        for (String version : List.of("TLSv1.2", "TLSv1.3")) {
            try (Socket socket = upgradable(port)) {
                port.transcript().client("TLS handshake " + version);
                try {
                    new TlsClient(List.of(version)).wrap(socket, port.endpoint()).close();
                    port.transcript().server("handshake done");
                    accepted.add(version);
                } catch (SSLException e) {
                    port.transcript().server("handshake failed: " + e.getMessage());
                }
            }
        }
        Findings findings = port.findings();
        findings.info(name(), "TLS versions accepted: " + (accepted.isEmpty() ? "none" : String.join(" ", accepted)),
                port.transcript().since(start));
        List<String> old = new ArrayList<>(accepted);
        old.retainAll(List.of("TLSv1", "TLSv1.1"));
        if (!old.isEmpty()) {
            findings.warn(name(), "accepts deprecated " + String.join(" and ", old) + " (RFC 8996)",
                    "Postfix: smtpd_tls_protocols = >=TLSv1.2 and smtpd_tls_mandatory_protocols = >=TLSv1.2",
                    port.transcript().since(start));
        }
    }

    /** A connection at the point where the TLS handshake starts: right away (port 465) or after STARTTLS. */
    private static Socket upgradable(PortProbe port) throws IOException {
        if (port.endpoint().implicitTls()) {
            return SmtpSession.plainSocket(port.endpoint());
        }
        SmtpSession session = SmtpSession.connect(port.endpoint(), port.transcript(), port.tls());
        try {
            Reply greeting = session.greeting();
            if (!greeting.positive()) {
                throw new ServiceClosing(greeting);
            }
            session.command("EHLO " + port.endpoint().ehloName());
            Reply go = session.command("STARTTLS");
            if (go.code() != 220) {
                throw new IOException("STARTTLS refused: " + go.summary());
            }
            Socket socket = session.socket();
            socket.setSoTimeout((int) port.endpoint().replyTimeout().toMillis());
            return socket;
        } catch (IOException e) {
            session.close();
            throw e;
        }
    }
}
