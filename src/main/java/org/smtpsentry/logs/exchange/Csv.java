package org.smtpsentry.logs.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of Exchange's CSV: fields may be quoted ("a, b" with "" for a quote). A line with more fields than the
 * header names has commas in its last field that nobody quoted: they are joined back into it.
 */
final class Csv {
    private Csv() {
    }

    static String[] split(String line, int columns) {
        List<String> fields = new ArrayList<>(columns + 1);
        int n = line.length();
        int i = 0;
        StringBuilder quoted = null;
        while (i <= n) {
            if (fields.size() == columns - 1) {
                fields.add(unquote(line.substring(i)));
                break;
            }
            if (i < n && line.charAt(i) == '"') {
                quoted = quoted == null ? new StringBuilder() : quoted;
                quoted.setLength(0);
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
                fields.add(quoted.toString());
                int comma = line.indexOf(',', j);
                i = comma < 0 ? n + 1 : comma + 1;
            } else {
                int comma = line.indexOf(',', i);
                fields.add(line.substring(i, comma < 0 ? n : comma));
                i = comma < 0 ? n + 1 : comma + 1;
            }
        }
        while (fields.size() < columns) {
            fields.add("");
        }
        return fields.toArray(new String[0]);
    }

    /** A whole last field: quotes around it are taken off, unquoted commas stay part of it. */
    private static String unquote(String s) {
        if (s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"') {
            return s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        return s;
    }
}
