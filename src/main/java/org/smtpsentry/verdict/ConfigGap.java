package org.smtpsentry.verdict;

import java.util.List;
import org.smtpsentry.event.Origin;

/**
 * A weakness of the MTA's configuration that helps a stolen login do harm: {@code check} names it
 * ("auth-without-tls"), {@code listener} is the service it concerns ("submission/inet", or "*" for all of them),
 * {@code why} says why it matters and {@code fix} is the line to add.
 */
public record ConfigGap(String mta, String check, Severity severity, String listener, String finding, String why,
                        String fix, Evidence evidence) implements Verdict {

    public enum Severity { LOW, MEDIUM, HIGH, CRITICAL }

    /** A gap read from {@code source} (a file or a command such as "postconf -n"). */
    public static ConfigGap from(String source, String mta, String check, Severity severity, String listener,
                                 String finding, String why, String fix) {
        return new ConfigGap(mta, check, severity, listener, finding, why, fix,
                new Evidence(List.of(Origin.of(source))));
    }

    @Override
    public String subject() {
        return listener;
    }
}
