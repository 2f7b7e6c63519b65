package org.smtpsentry.logs.postfix;

/**
 * Postfix queue ids at the start of a message: short ones are upper-case hex ("3F1A2B4C5D"), long ones
 * (enable_long_queue_ids) are letters and digits without vowels ("4Fv2Qm1kZtz8w"). Words such as "Deleted" or
 * "warning" are neither.
 */
final class QueueIds {
    private QueueIds() {
    }

    /** Length of the queue id that starts {@code message} and is followed by ": ", or 0 when there is none. */
    static int length(String message) {
        int n = Math.min(message.length(), 22);
        int i = 0;
        while (i < n && isLetterOrDigit(message.charAt(i))) {
            i++;
        }
        if (i < 6 || i > 20 || i + 1 >= message.length() || message.charAt(i) != ':' || message.charAt(i + 1) != ' ') {
            return 0;
        }
        return isHex(message, i) || !hasVowel(message, i) ? i : 0;
    }

    private static boolean isHex(String s, int length) {
        for (int k = 0; k < length; k++) {
            char c = s.charAt(k);
            if (c > '9' && (c < 'A' || c > 'F')) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasVowel(String s, int length) {
        for (int k = 0; k < length; k++) {
            if (isVowel(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isVowel(char c) {
        return switch (c) {
            case 'A', 'E', 'I', 'O', 'U', 'a', 'e', 'i', 'o', 'u' -> true;
            default -> false;
        };
    }
}
