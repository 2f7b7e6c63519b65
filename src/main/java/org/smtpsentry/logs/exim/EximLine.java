package org.smtpsentry.logs.exim;

/**
 * An Exim log line cut after its header: {@code text} starts after the timestamp (with any milliseconds and zone)
 * and the optional {@code [pid]}; {@code pid} is -1 without log_selector +pid.
 */
record EximLine(int textStart, String text, int pid, int nanos, int offsetMinutes, boolean hasOffset) {

    /** The line cut, or null when it does not start with Exim's timestamp. */
    static EximLine cut(String line) {
        if (!org.smtpsentry.logs.LocalClock.isDateTime(line, 0) || line.charAt(10) != ' ') {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (i < line.length() && line.charAt(i) == '.') {
            int ms = org.smtpsentry.logs.LocalClock.digits(line, i + 1, 3);
            if (ms < 0) {
                return null;
            }
            nanos = ms * 1_000_000;
            i += 4;
        }
        if (i >= line.length() || line.charAt(i) != ' ') {
            return null;
        }
        i++;
        int offset = 0;
        boolean hasOffset = false;
        if (i + 5 <= line.length() && (line.charAt(i) == '+' || line.charAt(i) == '-')
                && org.smtpsentry.logs.LocalClock.digits(line, i + 1, 4) >= 0
                && (i + 5 == line.length() || line.charAt(i + 5) == ' ')) {
            int hhmm = org.smtpsentry.logs.LocalClock.digits(line, i + 1, 4);
            offset = (line.charAt(i) == '-' ? -1 : 1) * (hhmm / 100 * 60 + hhmm % 100);
            hasOffset = true;
            i += 6;
        }
        int pid = -1;
        if (i < line.length() && line.charAt(i) == '[') {
            int close = line.indexOf(']', i);
            if (close > i + 1 && close < i + 12) {
                int v = 0;
                boolean digits = true;
                for (int k = i + 1; k < close; k++) {
                    char c = line.charAt(k);
                    digits &= c >= '0' && c <= '9';
                    v = v * 10 + (c - '0');
                }
                if (digits) {
                    pid = v;
                    i = close + 1;
                    if (i < line.length() && line.charAt(i) == ' ') {
                        i++;
                    }
                }
            }
        }
        if (i > line.length()) {
            return null;
        }
        return new EximLine(i, line.substring(Math.min(i, line.length())), pid, nanos, offset, hasOffset);
    }

    /**
     * Length of the Exim message id (followed by a space) at {@code at} of {@code s}, or 0. Old ids are 6-6-2
     * ("1tXyZa-000123-AB"), Exim 4.97's are 6-11-4 ("1tXyZa-00000001aB-AbCd").
     */
    static int messageIdLength(String s, int at) {
        int first = run(s, at);
        if (first != 6 || at + 6 >= s.length() || s.charAt(at + 6) != '-') {
            return 0;
        }
        int second = run(s, at + 7);
        int third = at + 7 + second < s.length() && s.charAt(at + 7 + second) == '-' ? run(s, at + 8 + second) : 0;
        if ((second != 6 && second != 11) || third < 2 || third > 4) {
            return 0;
        }
        int end = at + 8 + second + third;
        return end < s.length() && s.charAt(end) == ' ' ? end - at : 0;
    }

    private static int run(String s, int at) {
        int i = at;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i)) && i - at < 12) {
            i++;
        }
        return i - at;
    }
}
