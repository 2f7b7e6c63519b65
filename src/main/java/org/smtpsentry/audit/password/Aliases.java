package org.smtpsentry.audit.password;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smtpsentry.audit.TextFile;

/**
 * Which aliases deliver to which account: read from a Postfix virtual(5) or aliases(5) style file
 * ("alias target, target" or "alias: target") or from a query's (alias, targets) rows as PostfixAdmin keeps them.
 */
public final class Aliases {
    public static final Aliases NONE = new Aliases();

    private final Map<String, List<String>> byTarget = new LinkedHashMap<>();

    private Aliases() {
    }

    public static Aliases fromFile(Path file) {
        Aliases aliases = new Aliases();
        for (TextFile.Line line : TextFile.read(file)) {
            String text = line.text().strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int split = indexOfSeparator(text);
            if (split <= 0) {
                continue;
            }
            String alias = text.substring(0, split).strip();
            if (alias.endsWith(":")) {
                alias = alias.substring(0, alias.length() - 1);
            }
            aliases.add(alias, text.substring(split + 1));
        }
        return aliases;
    }

    /** Rows of (alias, targets); the targets comma or space separated, as PostfixAdmin's alias.goto. */
    static Aliases fromRows(List<String[]> rows) {
        Aliases aliases = new Aliases();
        for (String[] row : rows) {
            aliases.add(row[0], row[1]);
        }
        return aliases;
    }

    private static int indexOfSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || Character.isWhitespace(c)) {
                return i;
            }
        }
        return -1;
    }

    private void add(String alias, String targets) {
        String a = alias.strip().toLowerCase(Locale.ROOT);
        for (String target : targets.split("[,\\s]+")) {
            String t = target.strip().toLowerCase(Locale.ROOT);
            if (!t.isEmpty() && !t.equals(a)) {
                byTarget.computeIfAbsent(t, k -> new ArrayList<>()).add(a);
            }
        }
    }

    /** The aliases that deliver to {@code login}, or to its local part when the alias file has bare names. */
    List<String> of(String login) {
        String l = login.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>(byTarget.getOrDefault(l, List.of()));
        int at = l.indexOf('@');
        if (at > 0) {
            for (String a : byTarget.getOrDefault(l.substring(0, at), List.of())) {
                if (!found.contains(a)) {
                    found.add(a);
                }
            }
        }
        return found;
    }

    /** The accounts with their aliases attached. */
    public List<Account> attachTo(List<Account> accounts) {
        List<Account> out = new ArrayList<>(accounts.size());
        for (Account account : accounts) {
            List<String> all = new ArrayList<>(account.aliases());
            for (String a : of(account.login())) {
                if (!all.contains(a)) {
                    all.add(a);
                }
            }
            out.add(all.equals(account.aliases()) ? account : account.withAliases(all));
        }
        return out;
    }
}
