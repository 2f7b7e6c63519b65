package org.smtpsentry.logs.exchange;

/** Where a protocol log's columns are: session-id, remote-endpoint, event (+ - &lt; &gt; *), data, context. */
record ProtocolRow(int sessionId, int remoteEndpoint, int event, int data, int context) {

    ProtocolRow(Columns c) {
        this(c.index("session-id"), c.index("remote-endpoint"), c.index("event"), c.index("data"),
                c.index("context"));
    }

    /** The address of "198.51.100.4:51234" or "[2001:db8::4]:51234". */
    static String ip(String endpoint) {
        if (endpoint.startsWith("[")) {
            int close = endpoint.indexOf(']');
            return close < 0 ? endpoint : endpoint.substring(1, close);
        }
        int colon = endpoint.lastIndexOf(':');
        return colon < 0 ? endpoint : endpoint.substring(0, colon);
    }
}
