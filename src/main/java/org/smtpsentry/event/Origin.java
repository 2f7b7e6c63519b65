package org.smtpsentry.event;

/**
 * Where an event came from: a log file and line number (with the line itself, for evidence), or a network peer.
 * The line text is kept only as long as something holds the event, so evidence samples cost nothing extra.
 */
public record Origin(String source, long line, String text) {

    /** An origin that is not a line of a file, e.g. a policy client or a packet capture. */
    public static Origin of(String source) {
        return new Origin(source, 0, null);
    }

    /** {@code mail.log:88}, as an operator would open it in an editor. */
    public String place() {
        return line > 0 ? source + ":" + line : source;
    }

    @Override
    public String toString() {
        return place();
    }
}
