package org.smtpsentry.probe;

import java.util.List;

/** One SMTP reply: its three-digit code and its lines without the code ("250-AUTH PLAIN" -> "AUTH PLAIN"). */
record Reply(int code, List<String> lines) {

    Reply {
        lines = List.copyOf(lines);
    }

    boolean positive() {
        return code >= 200 && code < 300;
    }

    boolean intermediate() {
        return code >= 300 && code < 400;
    }

    boolean temporary() {
        return code >= 400 && code < 500;
    }

    /** The reply as one line for a finding: "450 4.7.1 Error: too many AUTH commands". */
    String summary() {
        return code + " " + String.join(" / ", lines);
    }

    String firstLine() {
        return lines.isEmpty() ? "" : lines.get(0);
    }
}
