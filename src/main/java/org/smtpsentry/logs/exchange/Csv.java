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

    /** A whole last field: quotes around it are taken off, unquoted commas stay part of it. */
    private static String unquote(String s) {
        if (s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"') {
            return s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        return s;
    }
}
