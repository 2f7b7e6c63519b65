package org.smtpsentry.logs.postfix;

import org.smtpsentry.event.QueueId;
import org.smtpsentry.logs.LineBytes;
import org.smtpsentry.logs.RecentValues;
import org.smtpsentry.logs.SyslogLine;

/**
 * Postfix queue ids at the start of a message: short ones are upper-case hex ("3F1A2B4C5D"), long ones
 * (enable_long_queue_ids) are letters and digits without vowels ("4Fv2Qm1kZtz8w"). Words such as "Deleted" or
 * "warning" are neither.
 */
final class QueueIds {
    private static final byte LETTER_OR_DIGIT = 1;
    private static final byte HEX = 2;
    private static final byte VOWEL = 4;
    /** What each ASCII character can be in a queue id; 0 for the characters that end one. */
    private static final byte[] KINDS = new byte[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            KINDS[c] = LETTER_OR_DIGIT | HEX;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            KINDS[c] = (byte) (LETTER_OR_DIGIT | (c <= 'F' ? HEX : 0));
            KINDS[Character.toLowerCase(c)] = LETTER_OR_DIGIT;
        }
        for (char c : "AEIOUaeiou".toCharArray()) {
            KINDS[c] |= VOWEL;
        }
    }

    private QueueIds() {
    }

    /**
     * The queue id that starts {@code line}'s message and is followed by ": ", or null when there is none: one of
     * {@code ids}, made there when new. An id seen before (a message's lines are several) is found by its bytes up to
     * the colon, without checking its characters again: every id kept was checked when made.
     */
    static QueueId at(SyslogLine line, RecentValues<QueueId> ids) {
        LineBytes b = line.bytes();
        int from = line.messageAt();
        int colon = b.indexOf((byte) ':', from, Math.min(b.to(), from + 21));
        if (colon - from < 6 || colon + 1 >= b.to() || b.bytes()[colon + 1] != ' ') {
            return null; // also when there is no colon near enough
        }
        QueueId known = ids.known(b, from, colon);
        if (known != null) {
            return known;
        }
        int length = length(line);
        return length == 0 ? null : ids.of(b, from, from + length);
    }

    /**
     * Length of the queue id that starts {@code line}'s message and is followed by ": ", or 0 when there is none. Read
     * from the line's bytes: a byte of a non-ASCII character ends an id just as the character would.
     */
    private static int length(SyslogLine line) {
        byte[] b = line.bytes().bytes();
        int from = line.messageAt();
        int to = line.bytes().to();
        int n = Math.min(to - from, 21);
        int i = 0;
        int all = LETTER_OR_DIGIT | HEX; // the kinds every character had
        int any = 0; // the kinds some character had
        while (i < n) {
            int c = b[from + i];
            int kind = c >= 0 ? KINDS[c] : 0;
            if (kind == 0) {
                break;
            }
            all &= kind;
            any |= kind;
            i++;
        }
        if (i < 6 || i > 20 || i + 1 >= to - from || b[from + i] != ':' || b[from + i + 1] != ' ') {
            return 0;
        }
        return (all & HEX) != 0 || (any & VOWEL) == 0 ? i : 0;
    }
}
