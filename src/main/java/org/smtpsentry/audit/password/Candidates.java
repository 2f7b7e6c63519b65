package org.smtpsentry.audit.password;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The guesses an attacker tries first against one account, likeliest first: the empty password; the local part,
 * the user name, the full address, each alias, the domain's name and the display name (and its words) as written;
 * then lower case and capitalised; then with 1 or 123 appended; then with "!" or the year, and reversed; then the
 * common-password list. Slow schemes stop at the time budget, so the order decides what gets tried.
 */
final class Candidates {
    private final List<String> common;
    private final int year;

    Candidates(List<String> common, int year) {
        this.common = List.copyOf(common);
        this.year = year;
    }

    /** A word guesses are made from, and the rule that names it. */
    private record Word(String text, String rule) {
    }

    List<Candidate> of(Account account) {
        List<Word> words = words(account);
        Map<String, String> found = new LinkedHashMap<>();
        found.put("", "empty password");
        for (Word w : words) {
            found.putIfAbsent(w.text, w.rule);
        }
        for (Word w : words) {
            found.putIfAbsent(lower(w.text), w.rule + ", lower case");
            found.putIfAbsent(capitalised(w.text), w.rule + ", capitalised");
        }
        List<String> shortEndings = List.of("1", "123");
        List<String> longEndings = List.of("!", String.valueOf(year), String.valueOf(year - 1));
        for (List<String> endings : List.of(shortEndings, longEndings)) {
            for (Word w : words) {
                for (String end : endings) {
                    found.putIfAbsent(w.text + end, w.rule + " + " + end);
                    found.putIfAbsent(lower(w.text) + end, w.rule + ", lower case + " + end);
                    found.putIfAbsent(capitalised(w.text) + end, w.rule + ", capitalised + " + end);
                }
            }
        }
        for (Word w : words) {
            found.putIfAbsent(new StringBuilder(w.text).reverse().toString(), w.rule + ", reversed");
        }
        for (String c : common) {
            found.putIfAbsent(c, "common password");
        }
        List<Candidate> out = new ArrayList<>(found.size());
        found.forEach((password, rule) -> out.add(new Candidate(password, rule)));
        return out;
    }

    private static List<Word> words(Account account) {
        List<Word> words = new ArrayList<>();
        add(words, account.localPart(), "local part");
        add(words, account.login(), "user name");
        if (!account.domain().isEmpty()) {
            add(words, account.login().toLowerCase(Locale.ROOT), "full address");
        }
        for (String alias : account.aliases()) {
            int at = alias.indexOf('@');
            if (at > 0) {
                add(words, alias.substring(0, at), "alias " + alias + " local part");
            }
            add(words, alias, "alias " + alias);
        }
        String domain = account.domain();
        if (!domain.isEmpty()) {
            int dot = domain.indexOf('.');
            add(words, dot > 0 ? domain.substring(0, dot) : domain, "domain name");
            add(words, domain, "domain");
        }
        if (account.displayName() != null) {
            String name = account.displayName().strip();
            add(words, name, "display name");
            add(words, name.replaceAll("\\s+", ""), "display name without spaces");
            for (String part : name.split("[\\s,.]+")) {
                if (part.length() >= 3) {
                    add(words, part, "display name word");
                }
            }
        }
        return words;
    }

    private static void add(List<Word> words, String text, String rule) {
        if (text != null && !text.isEmpty() && words.stream().noneMatch(w -> w.text.equals(text))) {
            words.add(new Word(text, rule));
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String s) {
        String l = lower(s);
        return Character.toUpperCase(l.charAt(0)) + l.substring(1);
    }
}
