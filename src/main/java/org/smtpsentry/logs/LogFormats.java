package org.smtpsentry.logs;

import java.util.List;
import java.util.Optional;
import org.smtpsentry.logs.dovecot.DovecotLines;
import org.smtpsentry.logs.postfix.PostfixLines;

/** The one registration list of log formats, tried in this order when detecting an input's format. */
public final class LogFormats {
    private static final List<LogFormat> ALL = List.of(
            new SyslogFormat(List.of(new PostfixLines(), new DovecotLines())));

    private LogFormats() {
    }

    public static List<LogFormat> all() {
        return ALL;
    }

    public static Optional<LogFormat> named(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The first format that recognizes these first lines. */
    public static Optional<LogFormat> detect(List<String> head) {
        return ALL.stream().filter(f -> f.recognizes(head)).findFirst();
    }
}
