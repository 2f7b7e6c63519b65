package org.smtpsentry.config;

import java.time.Duration;
import org.smtpsentry.UserError;

/** Durations as fail2ban and Postfix users write them: "90s", "10m", "2h", "365d", "2w", or plain seconds. */
public final class DurationText {
    private DurationText() {
    }

    /** Parses {@code text}; {@code where} names the option or the config line for the error. */
    public static Duration parse(String text, String where) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserError(where + ": \"" + text + "\" is not a duration (e.g. \"600\", \"10m\", \"1h\", \"2d\")");
        }
    }

    /** Parses {@code text}; throws IllegalArgumentException for anything else, for callers that name the place. */
    public static Duration parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty duration");
        }
        char unit = t.charAt(t.length() - 1);
        String number = Character.isDigit(unit) ? t : t.substring(0, t.length() - 1);
        long n;
        try {
            n = Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a duration: " + text, e);
        }
        if (n < 0 || n > 100L * 365 * 86400) {
            throw new IllegalArgumentException("out of range: " + text);
        }
        return switch (Character.isDigit(unit) ? 's' : unit) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            case 'w' -> Duration.ofDays(7 * n);
            default -> throw new IllegalArgumentException("unknown unit in " + text);
        };
    }
}
