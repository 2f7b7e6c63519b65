package org.smtpsentry.audit.password;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A mail account as a source describes it: the login, the display name if known, the stored password, the aliases
 * that deliver to it, when the password was last changed (null when the source does not say), and where it was
 * read ({@code source} and {@code line}, 0 for a database row).
 */
public record Account(String login, String displayName, StoredPassword password, List<String> aliases,
                      LocalDate changed, String source, long line) {

    public Account {
        aliases = List.copyOf(aliases);
    }

    Account withAliases(List<String> more) {
        return new Account(login, displayName, password, more, changed, source, line);
    }

    /** The part before '@' (the whole login when it has none). */
    String localPart() {
        int at = login.indexOf('@');
        return at < 0 ? login : login.substring(0, at);
    }

    /** The domain after '@', or "" for a bare user name. */
    String domain() {
        int at = login.indexOf('@');
        return at < 0 ? "" : login.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** file:line, or the source alone for a database row. */
    String place() {
        return line > 0 ? source + ":" + line : source;
    }
}
