package org.smtpsentry.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.smtpsentry.verdict.Evidence;

/**
 * The first session with a port, which the banner, capability and TLS checks judge: the greeting and how long it
 * took, EHLO in clear, STARTTLS and its handshake, EHLO under TLS. On an implicit-TLS port there is no clear part.
 */
record Survey(InetAddress localAddress, Reply greeting, Duration greetingWait, Ehlo clear, Reply startTls,
              Tls tls, Ehlo secured, Evidence greetingEvidence, Evidence capabilityEvidence, Evidence tlsEvidence) {

    /** The TLS session: version, cipher suite, the server's chain as sent. */
    record Tls(String protocol, String cipher, List<X509Certificate> chain) {
        Tls {
            chain = List.copyOf(chain);
        }
    }

    /** The capabilities that count for an attacker on the wire before TLS (null on an implicit-TLS port). */
    Ehlo beforeTls() {
        return clear;
    }

    /** The last EHLO the server answered: under TLS when there was TLS. */
    Ehlo last() {
        return secured != null ? secured : clear;
    }

    boolean greeted() {
        return greeting.positive();
    }

    static Survey take(PortProbe port) throws IOException {
        Transcript t = port.transcript();
        int start = t.mark();
        try (SmtpSession session = port.connect()) {
            InetAddress local = session.socket().getLocalAddress();
            Tls tls = port.endpoint().implicitTls() ? tls(session.tlsSession()) : null;
            Reply greeting = session.greeting();
            Duration wait = session.lastWait();
            Evidence greetingEvidence = t.since(start);
            if (!greeting.positive()) {
                return new Survey(local, greeting, wait, null, null, tls, null, greetingEvidence, Evidence.NONE,
                        Evidence.NONE);
            }
            int capabilities = t.mark();
            Ehlo first = new Ehlo(session.command("EHLO " + port.endpoint().ehloName()));
            if (port.endpoint().implicitTls()) {
                return new Survey(local, greeting, wait, null, null, tls, first, greetingEvidence,
                        t.since(capabilities), t.since(start));
            }
            Evidence capabilityEvidence = t.since(capabilities);
            if (!first.reply().positive() || !first.has("STARTTLS")) {
                return new Survey(local, greeting, wait, first, null, null, null, greetingEvidence,
                        capabilityEvidence, Evidence.NONE);
            }
            int tlsStart = t.mark();
            Reply startTls = session.startTls(port.tls());
            if (startTls.code() != 220) {
                return new Survey(local, greeting, wait, first, startTls, null, null, greetingEvidence,
                        capabilityEvidence, t.since(tlsStart));
            }
            Tls facts = tls(session.tlsSession());
            Ehlo secured = new Ehlo(session.command("EHLO " + port.endpoint().ehloName()));
            return new Survey(local, greeting, wait, first, startTls, facts, secured, greetingEvidence,
                    capabilityEvidence, t.since(tlsStart));
        }
    }

    private static Tls tls(SSLSession session) {
        List<X509Certificate> chain = new ArrayList<>();
        try {
            for (Certificate c : session.getPeerCertificates()) {
                if (c instanceof X509Certificate x509) {
                    chain.add(x509);
                }
            }
        } catch (SSLPeerUnverifiedException e) {
            // an anonymous cipher suite: no chain, which the TLS check reports
        }
        return new Tls(session.getProtocol(), session.getCipherSuite(), chain);
    }
}
