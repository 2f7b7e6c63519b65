package org.smtpsentry.audit.password;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.smtpsentry.UserError;
import org.smtpsentry.audit.TextFile;

/** A CSV export of accounts with a header line naming the columns (see {@link Columns}); RFC 4180 quoting. */
public final class CsvFile {
    private CsvFile() {
    }

    public static List<Account> read(Path file, String defaultScheme) {
        List<Account> accounts = new ArrayList<>();
        Columns columns = null;
        for (TextFile.Line line : TextFile.read(file)) {
            if (line.text().isBlank()) {
                continue;
            }
            String[] row = split(line.text(), file, line.number());
            if (columns == null) {
                columns = new Columns(Arrays.asList(row), file + ", line " + line.number());
            } else {
                accounts.add(columns.account(row, file.toString(), line.number(), defaultScheme));
            }
        }
        return accounts;
    }

    static String[] split(String line, Path file, int number) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new UserError(file + ", line " + number + ": a quoted field is not closed (fields spanning lines "
                    + "are not supported); fix the line; nothing checked");
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }
}
