package org.smtpsentry.probe;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.smtpsentry.verdict.Evidence;

/**
 * Opt-in ({@code --bruteforce N}): N deliberately wrong logins, as a password guesser would send them, and whether
 * the server then slows down (an answer three times slower than the first and over 2 s, or none), refuses (a 4xx
 * or 421 instead of 535) or bans (the connection is dropped and a new one refused). It stops at the first sign of
 * blocking; no sign after N attempts is a failure.
 */
final class BruteForceCheck implements Check {
    static final Duration SLOW = Duration.ofSeconds(2);
    static final String WRONG_PASSWORD = "smtpsentry-wrong-password";

    @Override
    public String name() {
        return "bruteforce";
    }

    @Override
    public void run(PortProbe port) throws IOException {
        int attempts = port.settings().bruteforce();
        if (attempts <= 0) {
            return;
        }
        Transcript t = port.transcript();
        int start = t.mark();
        Credentials login = port.settings().credentials();
        String user = login != null ? login.user() : "smtpsentry-probe@" + port.settings().relayDomain();
        String response = Base64.getEncoder().encodeToString(("\0" + user + "\0" + WRONG_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        Findings findings = port.findings();
        Duration first = null;
        SmtpSession session = port.open(true);
        try {
            for (int i = 1; i <= attempts; i++) {
                Reply reply;
                try {
                    reply = session.command("AUTH PLAIN " + response, "AUTH PLAIN (" + user + ", wrong password "
                            + i + " of " + attempts + ")");
                } catch (ServiceClosing closing) {
                    blocked(findings, i, "refused with " + closing.reply().summary(), t.since(start));
                    return;
                } catch (SocketTimeoutException e) {
                    blocked(findings, i, "stopped answering (" + e.getMessage() + ")", t.since(start));
                    return;
                } catch (EOFException e) {
                    session.close();
                    try {
                        session = port.open(true);
                    } catch (IOException again) {
                        blocked(findings, i, "dropped the connection and then refused a new one ("
                                + again.getMessage() + ")", t.since(start));
                        return;
                    }
                    continue;
                }
                if (reply.code() == 235) {
                    findings.fail(name(), "a deliberately wrong password was accepted for " + user,
                            "check the server's authentication backend now", t.since(start));
                    return;
                }
                if (reply.code() == 503 || reply.code() == 502 || reply.code() == 504) {
                    findings.info(name(), "AUTH is not available here (" + reply.summary() + "); brute force not"
                            + " tested", t.since(start));
                    return;
                }
                if (reply.temporary()) {
                    blocked(findings, i, "refused with " + reply.summary(), t.since(start));
                    return;
                }
                Duration wait = session.lastWait();
                first = first == null ? wait : first;
                if (wait.compareTo(SLOW) > 0 && wait.compareTo(first.multipliedBy(3)) > 0) {
                    blocked(findings, i, "slowed down: answered after " + wait.toMillis() + " ms (first "
                            + first.toMillis() + " ms)", t.since(start));
                    return;
                }
            }
        } finally {
            session.close();
        }
        findings.fail(name(), attempts + " wrong logins in a row for " + user + ": no slowdown, refusal or ban",
                "limit AUTH per client: Postfix smtpd_client_auth_rate_limit = 5 (anvil), and ban guessers with"
                        + " smtpsentry serve or a fail2ban postfix-sasl jail", t.since(start));
    }

    private void blocked(Findings findings, int attempt, String how, Evidence evidence) {
        findings.info(name(), "the server defends against password guessing: at wrong login " + attempt + " it "
                + how, evidence);
    }
}
