package org.smtpsentry.config;

import java.time.Duration;
import org.smtpsentry.UserError;

/** Durations as fail2ban and Postfix write them: "600" (seconds), "30s", "10m", "1h", "2d", "1w". */
public final class DurationText {
    private DurationText() {
    }

    /** Parses {@code text}; {@code where} names the option or the config line for the error. */
    public static Duration parse(String text, String where) {
        String t = text.trim();
        if (t.isEmpty()) {
            throw invalid(text, where);
        }
        char unit = t.charAt(t.length() - 1);
        String digits = Character.isDigit(unit) ? t : t.substring(0, t.length() - 1);
        long n;
        try {
            n = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw invalid(text, where);
        }
        if (n <= 0) {
            throw invalid(text, where);
        }
        return switch (Character.isDigit(unit) ? 's' : unit) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            case 'w' -> Duration.ofDays(7 * n);
            default -> throw invalid(text, where);
        };
    }

    private static UserError invalid(String text, String where) {
        return new UserError(where + ": \"" + text + "\" is not a duration (e.g. \"600\", \"10m\", \"1h\", \"2d\")");
    }
}
