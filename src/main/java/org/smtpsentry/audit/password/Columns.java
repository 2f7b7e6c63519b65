package org.smtpsentry.audit.password;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.smtpsentry.UserError;

/**
 * Which column of a CSV header or a query result holds what, by name: the login (login, user, username, email,
 * address), the password (password, hash), and optionally the display name (name, display_name), the change date
 * (changed, modified, password_changed) and aliases (aliases, space or comma separated).
 */
final class Columns {
    private static final List<String> LOGIN = List.of("login", "user", "username", "email", "address", "mailbox");
    private static final List<String> PASSWORD = List.of("password", "hash", "crypt", "pass");
    private static final List<String> NAME = List.of("name", "display_name", "displayname", "full_name", "fullname");
    private static final List<String> CHANGED = List.of("changed", "modified", "password_changed", "last_changed",
            "lastchg");
    private static final List<String> ALIASES = List.of("aliases", "alias");

    private final int login;
    private final int password;
    private final int name;
    private final int changed;
    private final int aliases;

    Columns(List<String> header, String where) {
        List<String> h = header.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        this.login = find(h, LOGIN);
        this.password = find(h, PASSWORD);
        this.name = find(h, NAME);
        this.changed = find(h, CHANGED);
        this.aliases = find(h, ALIASES);
        if (login < 0 || password < 0) {
            throw new UserError(where + ": columns " + h + " lack a login (" + String.join("/", LOGIN)
                    + ") or a password (" + String.join("/", PASSWORD) + ") column; name them so (SQL: AS login); "
                    + "nothing checked");
        }
    }

    private static int find(List<String> header, List<String> names) {
        for (String n : names) {
            int i = header.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** One row; {@code line} is its line in a file, 0 for a database row. */
    Account account(String[] row, String source, long line, String defaultScheme) {
        String place = line > 0 ? source + ", line " + line : source + ", row of " + cell(row, login);
        String who = cell(row, login);
        String pw = cell(row, password);
        String display = cell(row, name);
        String date = cell(row, changed);
        String al = cell(row, aliases);
        List<String> aliasList = al == null || al.isBlank() ? List.of()
                : new ArrayList<>(Arrays.asList(al.strip().split("[,\\s]+")));
        return new Account(who == null ? "" : who.strip(), display == null || display.isBlank() ? null : display,
                pw == null ? null : StoredPassword.parse(pw, defaultScheme), aliasList, date(date, place), source,
                line);
    }

    private LocalDate date(String text, String place) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
        } catch (DateTimeParseException e) {
            throw new UserError(place + ": change date \"" + t + "\" is not a date (YYYY-MM-DD); fix it; "
                    + "nothing checked");
        }
    }

    private static String cell(String[] row, int i) {
        return i >= 0 && i < row.length ? row[i] : null;
    }
}
