package org.smtpsentry.audit.password;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.smtpsentry.audit.TextFile;

/**
 * The passwords people pick when told to pick one, generated from patterns rather than taken from a leak list:
 * digit runs, keyboard walks, a few words an office uses (the service, the season, "welcome"), each with the
 * endings people add. A larger list is the administrator's own file ({@code --wordlist}).
 */
public final class CommonPasswords {
    private static final List<String> WORDS = List.of("password", "passwort", "motdepasse", "welcome", "letmein",
            "changeme", "secret", "admin", "administrator", "root", "test", "guest", "user", "login", "mail", "email",
            "webmail", "postmaster", "office", "info", "contact", "sales", "support", "master", "default", "company",
            "spring", "summer", "autumn", "winter", "monday", "sunshine", "football", "hello", "trustno1", "iloveyou");
    private static final List<String> WALKS = List.of("qwerty", "qwertz", "azerty", "asdfgh", "asdf", "zxcvbn",
            "qwertyuiop", "1qaz2wsx", "q1w2e3r4", "1q2w3e4r", "qazwsx", "abc123", "abcdef");
    private static final int MAX_WORDLIST = 1_000_000;

    private CommonPasswords() {
    }

    /** The built-in list for the given year (seasons and words get the year as people do). */
    public static List<String> builtIn(int year) {
        Set<String> out = new LinkedHashSet<>();
        StringBuilder run = new StringBuilder();
        for (int n = 1; n <= 10; n++) {
            run.append(n % 10);
            if (n >= 4) {
                out.add(run.toString());
            }
        }
        for (char d = '0'; d <= '9'; d++) {
            out.add(String.valueOf(d).repeat(6));
            out.add(String.valueOf(d).repeat(8));
        }
        out.add("654321");
        out.add("987654321");
        out.add("121212");
        out.add("112233");
        out.addAll(WALKS);
        for (String w : WORDS) {
            String cap = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            for (String base : List.of(w, cap)) {
                out.add(base);
                out.add(base + "1");
                out.add(base + "123");
                out.add(base + "!");
                out.add(base + year);
                out.add(base + (year - 1));
            }
        }
        out.add("p@ssw0rd");
        out.add("P@ssw0rd");
        out.add("Passw0rd");
        out.add("passw0rd");
        return List.copyOf(out);
    }

    /** An administrator's list: one password a line, '#' lines and blank lines skipped. */
    public static List<String> fromFile(Path file) {
        Set<String> out = new LinkedHashSet<>();
        for (TextFile.Line line : TextFile.read(file)) {
            if (!line.text().isEmpty() && !line.text().startsWith("#") && out.size() < MAX_WORDLIST) {
                out.add(line.text());
            }
        }
        return List.copyOf(out);
    }
}
