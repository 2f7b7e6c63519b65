package org.smtpsentry.logs;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The SMTP AUTH exchanges of one session's dialogue, followed line by line in order, whichever side is the client:
 * a base64 user name (AUTH LOGIN's answer to "Username:", its initial response, AUTH PLAIN's credentials) is decoded
 * and named; a password (the answer to "Password:", AUTH PLAIN's credentials) is masked unless secrets are shown.
 */
final class AuthDialogue {
    static final String MASK = "****";

    private enum Want { NOTHING, USER, PASSWORD, PLAIN }

    private final boolean showSecrets;
    private Want want = Want.NOTHING;
    private String mechanism = "";

    /** A line as it may be printed, and what it means when that is not plain to read (null when it is). */
    record Shown(String text, String note) {
    }

    AuthDialogue(boolean showSecrets) {
        this.showSecrets = showSecrets;
    }

    Shown show(String line, InSession at) {
        if (!at.isDialogue() || at.dialogueTo() > line.length() || at.dialogueFrom() > at.dialogueTo()) {
            return new Shown(line, null);
        }
        int from = at.dialogueFrom();
        String words = line.substring(from, at.dialogueTo()).trim();
        from = line.indexOf(words, from);
        int to = from + words.length();
        if (isReply(words)) {
            reply(words);
            return new Shown(line, null);
        }
        Want wanted = want;
        want = Want.NOTHING;
        if (words.equals("*")) {
            return new Shown(line, wanted == Want.NOTHING ? null : "AUTH cancelled by the client");
        }
        return switch (wanted) {
            case USER -> new Shown(line, user(decode(words)));
            case PASSWORD -> password(line, from, to, decode(words));
            case PLAIN -> plain(line, from, to, words);
            case NOTHING -> command(line, from, words);
        };
    }

    /** A 334 challenge says what the client's next line is; any other answer ends the exchange. */
    private void reply(String words) {
        if (!words.startsWith("334")) {
            want = Want.NOTHING;
            return;
        }
        String challenge = decode(words.substring(3).trim());
        String asked = challenge == null ? "" : challenge.toLowerCase(Locale.ROOT);
        if (asked.startsWith("password")) {
            want = Want.PASSWORD;
        } else if (asked.startsWith("username") || asked.startsWith("user")) {
            want = Want.USER;
        } else if (words.substring(3).isBlank() && mechanism.equals("PLAIN")) {
            want = Want.PLAIN;
        } else {
            want = Want.NOTHING;
        }
    }

    private Shown command(String line, int from, String words) {
        if (!words.regionMatches(true, 0, "AUTH ", 0, 5)) {
            return new Shown(line, null);
        }
        String[] parts = words.substring(5).trim().split(" +");
        mechanism = parts[0].toUpperCase(Locale.ROOT);
        if (parts.length < 2 || parts[1].equals("=")) {
            return new Shown(line, null);
        }
        String initial = parts[1];
        int at = line.indexOf(initial, from + 5 + mechanism.length());
        return switch (mechanism) {
            case "LOGIN" -> new Shown(line, user(decode(initial)));
            case "PLAIN" -> at < 0 ? plain(line, from, from + words.length(), initial)
                    : plain(line, at, at + initial.length(), initial);
            default -> new Shown(line, null);
        };
    }

    private Shown password(String line, int from, int to, String decoded) {
        if (showSecrets) {
            return new Shown(line, "password" + (decoded == null ? " (not base64)" : ": " + decoded));
        }
        return new Shown(masked(line, from, to), "password, masked (--show-secrets prints it)");
    }

    /** AUTH PLAIN's "authzid NUL user NUL password". */
    private Shown plain(String line, int from, int to, String encoded) {
        String decoded = decode(encoded);
        String[] parts = decoded == null ? new String[0] : decoded.split("\0", -1);
        String user = parts.length == 3 ? parts[1] : null;
        String named = user == null ? "credentials" : "user " + user;
        if (showSecrets) {
            return new Shown(line, parts.length == 3 ? named + ", password: " + parts[2] : named);
        }
        return new Shown(masked(line, from, to), named + ", password masked (--show-secrets prints it)");
    }

    private static String user(String decoded) {
        return decoded == null || !printable(decoded) ? null : "user " + decoded;
    }

    private static String masked(String line, int from, int to) {
        return line.substring(0, from) + MASK + line.substring(to);
    }

    private static boolean isReply(String words) {
        return words.length() >= 3 && Character.isDigit(words.charAt(0)) && Character.isDigit(words.charAt(1))
                && Character.isDigit(words.charAt(2)) && (words.length() == 3 || words.charAt(3) == ' '
                || words.charAt(3) == '-');
    }

    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Base64 text as UTF-8, or null when it is not base64. */
    private static String decode(String b64) {
        try {
            return new String(Base64.getDecoder().decode(b64.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
