package org.smtpsentry.net.pcap;

/** Packets the reader skips, each kind counted once with the first place it was seen. */
public enum Oddity {
    LINK_TYPE_UNSUPPORTED("packets of a link type this reader does not decode"),
    NOT_IP("packets that are not IPv4 or IPv6"),
    CUT_HEADERS("packets cut before the end of their IP or TCP header (snap length too short, or malformed)"),
    BAD_IP_HEADER("IP headers with an impossible length"),
    IP_FRAGMENT("IP fragments (not reassembled; SMTP over TCP rarely fragments)"),
    PAYLOAD_CUT("SMTP segments cut by the snap length (the dialogue has a gap there)"),
    FLOW_LIMIT("SMTP connections not followed because too many were open at once"),
    STREAM_GAP("gaps in SMTP streams (segments never captured; the dialogue resumes after them)");

    private final String description;

    Oddity(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
