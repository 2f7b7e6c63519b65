package org.smtpsentry.probe;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.verdict.Evidence;
import org.smtpsentry.verdict.ProbeFailure;
import org.smtpsentry.verdict.ProbeFailure.Grade;

/** The findings of one target (host:port), in the order the checks made them. */
final class Findings {
    private final String target;
    private final List<ProbeFailure> list = new ArrayList<>();

    Findings(String target) {
        this.target = target;
    }

    void fail(String check, String finding, String fix, Evidence evidence) {
        list.add(new ProbeFailure(target, check, Grade.FAIL, finding, fix, evidence));
    }

    void warn(String check, String finding, String fix, Evidence evidence) {
        list.add(new ProbeFailure(target, check, Grade.WARN, finding, fix, evidence));
    }

    void info(String check, String finding, Evidence evidence) {
        list.add(new ProbeFailure(target, check, Grade.INFO, finding, "", evidence));
    }

    /**
     * What went wrong on the wire during a check, as a finding: a 421 is the server's rate limit or tarpit (info);
     * silence, a dropped connection or a malformed answer means the check could not finish (warn).
     */
    void trouble(String check, IOException e, Evidence evidence) {
        switch (e) {
            case ServiceClosing closing -> info(check, "the server closed the session with " + closing.reply().summary()
                    + " (rate limiting, tarpitting or a ban of this address); the check stopped there", evidence);
            case MalformedReply malformed -> warn(check, "malformed answer: " + malformed.getMessage()
                    + "; the check stopped there", "check the server or the middlebox in front of it", evidence);
            case SocketTimeoutException timeout -> warn(check, "no answer in time (" + timeout.getMessage()
                    + "); the check stopped there", "a tarpit or an overloaded server: raise --timeout to wait longer",
                    evidence);
            case EOFException eof -> warn(check, "the server closed the connection; the check stopped there",
                    "look at the server's log for why it dropped the client", evidence);
            default -> warn(check, "connection problem: " + e.getMessage() + "; the check stopped there",
                    "check that the port speaks SMTP (implicit TLS needs --implicit-tls-ports)", evidence);
        }
    }

    List<ProbeFailure> list() {
        return List.copyOf(list);
    }
}
