package org.smtpsentry.logs.postfix;

import org.smtpsentry.event.Mailbox;
import org.smtpsentry.logs.LineBytes;

/**
 * The tail of a Postfix reject line, {@code ; from=<s> to=<r> proto=ESMTP helo=<h>}: where it starts ({@code at}, -1
 * when the line has none) and the envelope it names (null where absent). smtpd's and cleanup's rejects end alike.
 */
record RejectDetails(int at, Mailbox sender, Mailbox recipient) {
    private static final byte[] START = LineBytes.ascii("; from=<");
    private static final byte[] FROM = LineBytes.ascii("from=");
    private static final byte[] TO = LineBytes.ascii("to=");
    private static final RejectDetails NONE = new RejectDetails(-1, null, null);

    /** The details of the reject whose text starts at byte {@code from} of {@code line}. */
    static RejectDetails of(LineBytes line, int from) {
        int at = line.lastIndexOf(START, from, line.to());
        return at < 0 ? NONE : new RejectDetails(at, mailbox(line, FROM, at + 2), mailbox(line, TO, at + 2));
    }

    /** Where the text before the details ends: at them, or at the line's end. */
    int textEnd(LineBytes line) {
        return at < 0 ? line.to() : at;
    }

    private static Mailbox mailbox(LineBytes line, byte[] nameWithEquals, int from) {
        String address = Fields.angled(line, nameWithEquals, from);
        return address == null ? null : Mailbox.of(address);
    }
}
