package org.smtpsentry.net.egress;

import java.util.List;

/** Whether the ruleset restricts outbound SMTP as the policy asks, port by port, with what is missing. */
public record EgressCheck(List<PortStatus> ports, List<String> problems) {

    public EgressCheck {
        ports = List.copyOf(ports);
        problems = List.copyOf(problems);
    }

    public boolean inPlace() {
        return problems.isEmpty();
    }

    /**
     * One SMTP port: dropped for everyone else (and where), logged, allowed for the MTA's user, allowed to every
     * relay.
     */
    public record PortStatus(int port, boolean dropped, String where, boolean logged, boolean mtaAllowed,
                             boolean relaysAllowed) {
    }
}
