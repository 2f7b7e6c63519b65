package org.smtpsentry.audit.password;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.UserError;
import org.smtpsentry.audit.TextFile;

/**
 * An /etc/shadow-style file: {@code name:hash:lastchg:min:max:warn:inactive:expire:}. Locked accounts ("!", "*")
 * cannot log in with a password and are left out; an empty hash means no password at all. {@code lastchg} (days
 * since 1970-01-01) is the change date for the policy's maximum age.
 */
public final class ShadowFile {
    private ShadowFile() {
    }

    public static List<Account> read(Path file) {
        List<Account> accounts = new ArrayList<>();
        for (TextFile.Line line : TextFile.read(file)) {
            String text = line.text();
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            String[] field = text.split(":", -1);
            if (field.length < 2) {
                throw new UserError(file + ", line " + line.number() + ": not name:hash:...; is this a shadow file? "
                        + "nothing checked");
            }
            String hash = field[1];
            if (hash.startsWith("!") || hash.startsWith("*")) {
                continue;
            }
            LocalDate changed = null;
            if (field.length > 2 && !field[2].isBlank()) {
                try {
                    changed = LocalDate.ofEpochDay(Long.parseLong(field[2].strip()));
                } catch (RuntimeException e) {
                    throw new UserError(file + ", line " + line.number() + ": lastchg \"" + field[2]
                            + "\" is not a number of days; fix the line; nothing checked");
                }
            }
            StoredPassword stored = hash.isEmpty() ? new StoredPassword("PLAIN", StoredPassword.Encoding.DEFAULT, "")
                    : new StoredPassword("CRYPT", StoredPassword.Encoding.DEFAULT, hash);
            accounts.add(new Account(field[0], null, stored, List.of(), changed, file.toString(), line.number()));
        }
        return accounts;
    }
}
