package org.smtpsentry.audit.password;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The guesses an attacker tries first against one account: the empty password, the user name, the local part, the
 * full address, each alias, the domain's name, the display name and its words, each as written, lower case,
 * capitalised and reversed, and with 1, 123 or the year appended; then the common-password list.
 */
final class Candidates {
    private final List<String> common;
    private final int year;

    Candidates(List<String> common, int year) {
        this.common = List.copyOf(common);
        this.year = year;
    }

    List<Candidate> of(Account account) {
        Map<String, String> found = new LinkedHashMap<>();
        found.put("", "empty password");
        word(found, account.login(), "user name");
        word(found, account.localPart(), "local part");
        if (!account.domain().isEmpty()) {
            word(found, account.login().toLowerCase(Locale.ROOT), "full address");
        }
        for (String alias : account.aliases()) {
            word(found, alias, "alias " + alias);
            int at = alias.indexOf('@');
            if (at > 0) {
                word(found, alias.substring(0, at), "alias " + alias + " local part");
            }
        }
        String domain = account.domain();
        if (!domain.isEmpty()) {
            int dot = domain.indexOf('.');
            word(found, dot > 0 ? domain.substring(0, dot) : domain, "domain name");
            word(found, domain, "domain");
        }
        if (account.displayName() != null) {
            String name = account.displayName().strip();
            word(found, name, "display name");
            word(found, name.replaceAll("\\s+", ""), "display name without spaces");
            for (String part : name.split("[\\s,.]+")) {
                if (part.length() >= 3) {
                    word(found, part, "display name word");
                }
            }
        }
        for (String c : common) {
            found.putIfAbsent(c, "common password");
        }
        List<Candidate> out = new ArrayList<>(found.size());
        found.forEach((password, rule) -> out.add(new Candidate(password, rule)));
        return out;
    }

    /** The word and its variations; the first rule that yields a password keeps it. */
    private void word(Map<String, String> found, String word, String rule) {
        if (word == null || word.isEmpty()) {
            return;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String capitalised = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        String reversed = new StringBuilder(word).reverse().toString();
        found.putIfAbsent(word, rule);
        found.putIfAbsent(lower, rule + ", lower case");
        found.putIfAbsent(capitalised, rule + ", capitalised");
        found.putIfAbsent(reversed, rule + ", reversed");
        for (String base : List.of(word, lower, capitalised)) {
            String how = base.equals(word) ? rule : base.equals(lower) ? rule + ", lower case" : rule + ", capitalised";
            for (String end : List.of("1", "123", "!", String.valueOf(year), String.valueOf(year - 1))) {
                found.putIfAbsent(base + end, how + " + " + end);
            }
        }
    }
}
