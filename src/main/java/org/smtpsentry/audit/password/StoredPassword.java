package org.smtpsentry.audit.password;

import java.util.Locale;

/**
 * A password field as a source holds it: Dovecot's {@code {SCHEME}value} with an optional {@code .b64}/{@code .hex}
 * encoding suffix, or a bare value that takes the source's default scheme (Dovecot's default_pass_scheme).
 */
record StoredPassword(String scheme, Encoding encoding, String value) {

    enum Encoding { DEFAULT, BASE64, HEX }

    static StoredPassword parse(String field, String defaultScheme) {
        if (field.startsWith("{")) {
            int close = field.indexOf('}');
            if (close > 1) {
                String name = field.substring(1, close).toUpperCase(Locale.ROOT);
                Encoding encoding = Encoding.DEFAULT;
                if (name.endsWith(".B64") || name.endsWith(".BASE64")) {
                    encoding = Encoding.BASE64;
                } else if (name.endsWith(".HEX")) {
                    encoding = Encoding.HEX;
                }
                if (encoding != Encoding.DEFAULT) {
                    name = name.substring(0, name.lastIndexOf('.'));
                }
                return new StoredPassword(name, encoding, field.substring(close + 1));
            }
        }
        return new StoredPassword(defaultScheme.toUpperCase(Locale.ROOT), Encoding.DEFAULT, field);
    }
}
