package org.smtpsentry.audit.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The site's password rules (smtpsentry.yml, audit.policy): minimum length and minimum counts of digits,
 * non-alphanumerics, letters and upper-case letters; whether the password may contain the user name or an alias;
 * the maximum age ({@code maxAge} null for none).
 */
public record PasswordPolicy(int minLength, int minDigits, int minNonAlphanumerics, int minLetters,
                             int minUpperCase, boolean notContainingUserName, Duration maxAge) {

    /** Used when the config file has no audit.policy: length 10, a digit, a letter, no user name in it. */
    public static final PasswordPolicy DEFAULT = new PasswordPolicy(10, 1, 0, 1, 0, true, null);

    /** The rules {@code password} breaks, in words; empty when it keeps them all. */
    public List<String> broken(String password, String login, List<String> aliases) {
        List<String> out = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        int digits = 0;
        int other = 0;
        int letters = 0;
        int upper = 0;
        for (int cp : password.codePoints().toArray()) {
            if (Character.isDigit(cp)) {
                digits++;
            } else if (Character.isLetter(cp)) {
                letters++;
                if (Character.isUpperCase(cp)) {
                    upper++;
                }
            } else {
                other++;
            }
        }
        if (length < minLength) {
            out.add("min-length: " + length + " characters, at least " + minLength);
        }
        if (digits < minDigits) {
            out.add("min-digits: " + digits + " digits, at least " + minDigits);
        }
        if (other < minNonAlphanumerics) {
            out.add("min-non-alphanumerics: " + other + " other characters, at least " + minNonAlphanumerics);
        }
        if (letters < minLetters) {
            out.add("min-letters: " + letters + " letters, at least " + minLetters);
        }
        if (upper < minUpperCase) {
            out.add("min-upper-case: " + upper + " upper-case letters, at least " + minUpperCase);
        }
        if (notContainingUserName) {
            String lower = password.toLowerCase(Locale.ROOT);
            for (String name : names(login, aliases)) {
                if (lower.contains(name)) {
                    out.add("not-containing-user-name: contains \"" + name + "\"");
                    break;
                }
            }
        }
        return out;
    }

    /** The login, its local part, and each alias with its local part; names under 3 characters are ignored. */
    private static List<String> names(String login, List<String> aliases) {
        List<String> names = new ArrayList<>();
        List<String> all = new ArrayList<>();
        all.add(login);
        all.addAll(aliases);
        for (String n : all) {
            String l = n.toLowerCase(Locale.ROOT);
            int at = l.indexOf('@');
            for (String part : at > 0 ? List.of(l, l.substring(0, at)) : List.of(l)) {
                if (part.length() >= 3 && !names.contains(part)) {
                    names.add(part);
                }
            }
        }
        return names;
    }
}
