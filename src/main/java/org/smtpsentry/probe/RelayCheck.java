package org.smtpsentry.probe;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Open relay: every {@link RelayForm}, each stopped after RCPT and reset (RSET), so no message is ever sent. An
 * accepted RCPT makes the server a suspect (some servers accept at RCPT and refuse later); only
 * {@code --relay-confirm ADDRESS} sends one real test message to the operator's own address to prove it.
 */
final class RelayCheck implements Check {
    private static final int MAX_RECONNECTS = 3;

    @Override
    public String name() {
        return "relay";
    }

    @Override
    public void run(PortProbe port) throws IOException {
        Transcript t = port.transcript();
        int start = t.mark();
        List<RelayForm> accepted = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        int reconnects = 0;
        SmtpSession session = port.open(true);
        try {
            List<RelayForm> forms = RelayForm.all(port.settings().relayDomain(),
                    literal(session.socket().getInetAddress()), serverName(port));
            for (int i = 0; i < forms.size(); i++) {
                RelayForm form = forms.get(i);
                try {
                    t.note("relay form: " + form.name());
                    Reply mail = session.command("MAIL FROM:" + form.mailFrom());
                    if (mail.positive()) {
                        Reply rcpt = session.command("RCPT TO:" + form.rcptTo());
                        if (rcpt.positive()) {
                            accepted.add(form);
                        } else if (!refusals.contains(String.valueOf(rcpt.code()))) {
                            refusals.add(String.valueOf(rcpt.code()));
                        }
                    }
                    session.command("RSET");
                } catch (EOFException | MalformedReply e) {
                    if (++reconnects > MAX_RECONNECTS) {
                        throw e;
                    }
                    session.close();
                    session = port.open(true);
                }
            }
        } finally {
            session.close();
        }
        Findings findings = port.findings();
        if (accepted.isEmpty()) {
            findings.info(name(), "no relay: all " + RelayForm.all("d", "1", "s").size() + " relay forms refused at"
                    + " RCPT (codes " + String.join(", ", refusals) + ")", t.since(start));
            return;
        }
        List<String> all = accepted.stream().map(f -> f.name() + " " + f.rcptTo()).toList();
        List<String> names = all.size() <= 3 ? all : List.of(String.join("; ", all.subList(0, 3)) + "; and "
                + (all.size() - 3) + " more, see the transcript");
        String fix = "relay only for your users and networks: Postfix smtpd_relay_restrictions = permit_mynetworks,"
                + " permit_sasl_authenticated, reject_unauth_destination, and a mynetworks without this client";
        String confirm = port.settings().relayConfirm();
        if (confirm == null) {
            findings.warn(name(), "suspect open relay: RCPT accepted for " + accepted.size() + " address forms ("
                    + String.join("; ", names) + "); run again with --relay-confirm ADDRESS to prove it", fix,
                    t.since(start));
            return;
        }
        int confirmStart = t.mark();
        Reply result = sendTestMessage(port, accepted.get(0).mailFrom(), confirm);
        if (result.positive()) {
            findings.fail(name(), "open relay: the server took a test message for " + confirm + " ("
                    + result.summary() + "); RCPT was also accepted for " + String.join("; ", names), fix,
                    t.since(confirmStart));
        } else {
            findings.warn(name(), "suspect open relay: RCPT accepted for " + String.join("; ", names)
                    + ", but the test message to " + confirm + " was refused: " + result.summary(), fix,
                    t.since(start));
        }
    }

    /** The one message the probe may send: only with --relay-confirm, to the operator's own address. */
    private static Reply sendTestMessage(PortProbe port, String mailFrom, String to) throws IOException {
        try (SmtpSession session = port.open(true)) {
            Reply mail = session.command("MAIL FROM:" + mailFrom);
            if (!mail.positive()) {
                return mail;
            }
            Reply rcpt = session.command("RCPT TO:<" + to + ">");
            if (!rcpt.positive()) {
                return rcpt;
            }
            Reply data = session.command("DATA");
            if (!data.intermediate()) {
                return data;
            }
            return session.command(String.join("\r\n",
                    "From: " + mailFrom.replaceAll("[<>]", ""),
                    "To: " + to,
                    "Subject: smtpsentry relay test of " + port.endpoint().label(),
                    "",
                    "This message was relayed by " + port.endpoint().label() + " for an unauthenticated client.",
                    "smtpsentry probe --relay-confirm sent it: the server is an open relay.",
                    "."), "(the test message, ended by a lone dot)");
        }
    }

    /** The server's IP as an address literal's inside: "192.0.2.1" or "IPv6:2001:db8::1". */
    private static String literal(InetAddress address) {
        String ip = address.getHostAddress();
        return ip.contains(":") ? "IPv6:" + ip : ip;
    }

    /** The name the server gives in its greeting when it looks like one, else the host probed. */
    private static String serverName(PortProbe port) {
        String first = port.survey().greeting().firstLine().split(" ", 2)[0];
        return first.contains(".") && HostName.isName(first) ? first : port.settings().host();
    }
}
