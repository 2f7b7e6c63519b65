package org.smtpsentry.logs;

import java.util.List;
import java.util.Optional;
import org.smtpsentry.logs.dovecot.DovecotLines;
import org.smtpsentry.logs.exchange.ExchangeFormat;
import org.smtpsentry.logs.exim.EximFormat;
import org.smtpsentry.logs.icewarp.IceWarpFormat;
import org.smtpsentry.logs.postfix.PostfixLines;
import org.smtpsentry.logs.sendmail.SendmailLines;

/** The one registration list of log formats, tried in this order when detecting an input's format. */
public final class LogFormats {
    private static final List<LogFormat> ALL = List.of(
            new SyslogFormat(List.of(new PostfixLines(), new DovecotLines(), new SendmailLines())),
            new EximFormat(),
            new ExchangeFormat(),
            new IceWarpFormat());

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
