package org.smtpsentry.audit.password;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.audit.TextFile;

/**
 * Dovecot's passwd-file: {@code user:password:uid:gid:gecos:home:shell:extra_fields}, only the first two required.
 * The gecos field, when present, is taken as the display name.
 */
public final class PasswdFile {
    private PasswdFile() {
    }

    public static List<Account> read(Path file, String defaultScheme) {
        List<Account> accounts = new ArrayList<>();
        for (TextFile.Line line : TextFile.read(file)) {
            String text = line.text();
            if (text.isBlank() || text.stripLeading().startsWith("#")) {
                continue;
            }
            String[] field = text.split(":", 8);
            if (field.length < 2 || field[0].isEmpty()) {
                accounts.add(new Account(field[0], null, null, List.of(), null, file.toString(), line.number()));
                continue;
            }
            String gecos = field.length > 4 && !field[4].isBlank() ? field[4].strip() : null;
            accounts.add(new Account(field[0], gecos, StoredPassword.parse(field[1], defaultScheme), List.of(), null,
                    file.toString(), line.number()));
        }
        return accounts;
    }
}
