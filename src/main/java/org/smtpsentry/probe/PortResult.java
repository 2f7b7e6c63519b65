package org.smtpsentry.probe;

import java.util.List;

/** One port of a probe: whether it was reached, why not, and the whole send/expect transcript. */
public record PortResult(int port, boolean implicitTls, boolean reached, String problem, List<String> transcript) {
    public PortResult {
        transcript = List.copyOf(transcript);
    }
}
