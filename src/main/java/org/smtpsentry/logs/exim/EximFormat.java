package org.smtpsentry.logs.exim;

import java.util.List;
import org.smtpsentry.logs.LineDecoder;
import org.smtpsentry.logs.LocalClock;
import org.smtpsentry.logs.LogFormat;
import org.smtpsentry.logs.LogSource;

/**
 * Exim's mainlog and rejectlog ({@code /var/log/exim4/mainlog}, {@code rejectlog}): "YYYY-MM-DD HH:MM:SS" lines,
 * with the log_selector variants that add milliseconds, the zone, the pid and message details.
 */
public final class EximFormat implements LogFormat {

    @Override
    public String name() {
        return "exim";
    }

    @Override
    public String description() {
        return "Exim mainlog and rejectlog (default timestamps, +millisec, log_timezone, +pid)";
    }

    @Override
    public boolean recognizes(List<String> head) {
        int stamped = 0;
        boolean exim = false;
        for (String line : head) {
            if (LocalClock.isDateTime(line, 0) && line.charAt(10) == ' ') {
                stamped++;
                EximLine parsed = EximLine.cut(line);
                exim |= parsed != null && (EximLine.messageIdLength(parsed.text(), 0) > 0
                        || parsed.text().contains("authenticator failed for ")
                        || parsed.text().startsWith("SMTP connection from ") || parsed.text().startsWith("H=")
                        || parsed.text().startsWith("Start queue run") || parsed.text().startsWith("exim "));
            }
        }
        // a rejectlog is mostly header lines without timestamps, but starts with a stamped reject
        return exim && (stamped * 2 >= head.size() || EximLine.cut(head.get(0)) != null);
    }

    @Override
    public LineDecoder decoder(LogSource source) {
        return new EximLines(new LocalClock(source.zone()));
    }
}
