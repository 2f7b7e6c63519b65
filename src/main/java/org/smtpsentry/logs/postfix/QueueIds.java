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
        int n = message.length();
        int i = 0;
        boolean hex = true;
        boolean vowel = false;
        while (i < n && i <= 20) {
            char c = message.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                hex &= c <= '9' || (c >= 'A' && c <= 'F');
                vowel |= isVowel(c);
                i++;
            } else {
                break;
            }
        }
        if (!hex && vowel) {
            return 0;
        }
        if (i < 6 || i > 20 || i + 1 >= n || message.charAt(i) != ':' || message.charAt(i + 1) != ' ') {
            return 0;
        }
        return i;
    }

    private static boolean isVowel(char c) {
        return switch (c) {
            case 'A', 'E', 'I', 'O', 'U', 'a', 'e', 'i', 'o', 'u' -> true;
            default -> false;
        };
    }
}
