package org.smtpsentry.probe;

import java.io.IOException;

/**
 * One test of a port. A check opens the sessions it needs through {@link PortProbe}, records what it sent and what
 * came back in the transcript, and adds its findings; a connection problem it throws becomes a finding too.
 */
interface Check {
    /** The check's name in reports and JSON: "banner", "relay", "bruteforce". */
    String name();

    void run(PortProbe port) throws IOException;
}
