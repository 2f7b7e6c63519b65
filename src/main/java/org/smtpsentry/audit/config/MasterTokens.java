package org.smtpsentry.audit.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A master.cf entry split into fields, with master(5)'s "{ ... }" grouping, and its -o name=value overrides. */
final class MasterTokens {
    private MasterTokens() {
    }

    static List<String> split(String entry) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < entry.length()) {
            char c = entry.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '{') {
                int close = entry.indexOf('}', i);
                int end = close < 0 ? entry.length() : close;
                out.add("{" + entry.substring(i + 1, end).strip() + "}");
                i = end + 1;
            } else {
                int start = i;
                while (i < entry.length() && !Character.isWhitespace(entry.charAt(i))) {
                    i++;
                }
                out.add(entry.substring(start, i));
            }
        }
        return out;
    }

    /** The overrides of fields after the command: "-o name=value" or "-o { name = value }". */
    static Map<String, String> overrides(List<String> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 8; i < fields.size() - 1; i++) {
            if (fields.get(i).equals("-o")) {
                String kv = fields.get(++i);
                if (kv.startsWith("{") && kv.endsWith("}")) {
                    kv = kv.substring(1, kv.length() - 1);
                }
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    out.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
                }
            }
        }
        return out;
    }
}
