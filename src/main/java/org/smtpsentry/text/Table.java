package org.smtpsentry.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns; numeric-looking cells are right-aligned. Cells may carry ANSI colour:
 * widths are measured without the escape sequences.
 */
public final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String... header) {
        this.header = List.of(header);
    }

    public Table row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, header " + header.size());
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object c : cells) {
            row.add(c == null ? "" : c.toString());
        }
        rows.add(row);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table, each line indented by {@code indent} and ended by a newline. */
    public String render(String indent) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = visible(header.get(i));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], visible(row.get(i)));
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, indent, header, width);
        for (List<String> row : rows) {
            line(b, indent, row, width);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String indent, List<String> cells, int[] width) {
        StringBuilder l = new StringBuilder(indent);
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            int pad = width[i] - visible(c);
            boolean right = looksNumeric(c);
            if (i > 0) {
                l.append("  ");
            }
            if (right) {
                l.append(" ".repeat(pad)).append(c);
            } else {
                l.append(c);
                if (i < cells.size() - 1) {
                    l.append(" ".repeat(pad));
                }
            }
        }
        b.append(l.toString().stripTrailing()).append('\n');
    }

    private static int visible(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\033') {
                while (i < s.length() && s.charAt(i) != 'm') {
                    i++;
                }
            } else {
                n++;
            }
        }
        return n;
    }

    private static boolean looksNumeric(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isDigit(c) || c == ',' || c == '.' || c == '%' || c == '/' || c == ' ' || c == '-')) {
                return false;
            }
        }
        return Character.isDigit(s.charAt(0)) || s.charAt(0) == '-';
    }
}
