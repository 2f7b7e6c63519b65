package org.smtpsentry.logs.exchange;

/**
 * One line of Exchange's CSV: fields may be quoted ("a, b" with "" for a quote). A line with more fields than the
 * header names has commas in its last field that nobody quoted: they are joined back into it.
 */
final class Csv {
    private Csv() {
    }

    /**
     * The fields of {@code line}; a column whose {@code used} flag is false is left null, so that the columns nobody
     * reads cost no copy.
     */
    static String[] split(String line, boolean[] used) {
        int columns = used.length;
        String[] fields = new String[columns];
        int n = line.length();
        int i = 0;
        int column = 0;
        while (column < columns && i <= n) {
            if (column == columns - 1) {
                fields[column++] = used[columns - 1] ? unquote(line.substring(Math.min(i, n))) : null;
                break;
            }
            if (i < n && line.charAt(i) == '"') {
                StringBuilder quoted = new StringBuilder();
                int j = i + 1;
                while (j < n) {
                    char c = line.charAt(j);
                    if (c == '"') {
                        if (j + 1 < n && line.charAt(j + 1) == '"') {
                            quoted.append('"');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    quoted.append(c);
                    j++;
                }
                fields[column] = used[column] ? quoted.toString() : null;
                int comma = line.indexOf(',', j);
                i = comma < 0 ? n + 1 : comma + 1;
            } else {
                int comma = line.indexOf(',', i);
                fields[column] = used[column] ? line.substring(i, comma < 0 ? n : comma) : null;
                i = comma < 0 ? n + 1 : comma + 1;
            }
            column++;
        }
        for (int k = column; k < columns; k++) {
            fields[k] = used[k] ? "" : null;
        }
        return fields;
    }

    /**
     * Where the text of field {@code column} of {@code columns} is in {@code line}, inside its quotes if it has them:
     * {from, to}; null when the line has fewer fields.
     */
    static int[] span(String line, int column, int columns) {
        int n = line.length();
        int i = 0;
        for (int c = 0; c < column; c++) {
            if (i < n && line.charAt(i) == '"') {
                i = closingQuote(line, i) + 1;
            }
            int comma = line.indexOf(',', i);
            if (comma < 0) {
                return null;
            }
            i = comma + 1;
        }
        if (i < n && line.charAt(i) == '"') {
            int close = closingQuote(line, i);
            return new int[] {i + 1, Math.min(close, n)};
        }
        int comma = column == columns - 1 ? -1 : line.indexOf(',', i);
        return new int[] {i, comma < 0 ? n : comma};
    }

    /** The index of the quote that closes the quoted field opened at {@code open}, or the line's length. */
    private static int closingQuote(String line, int open) {
        int j = open + 1;
        while (j < line.length()) {
            if (line.charAt(j) == '"') {
                if (j + 1 < line.length() && line.charAt(j + 1) == '"') {
                    j += 2;
                    continue;
                }
                return j;
            }
            j++;
        }
        return line.length();
    }

    /** A whole last field: quotes around it are taken off, unquoted commas stay part of it. */
    private static String unquote(String s) {
        if (s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"') {
            return s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        return s;
    }
}
