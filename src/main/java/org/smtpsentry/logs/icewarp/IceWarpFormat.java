package org.smtpsentry.logs.icewarp;

import java.time.LocalDate;
import java.util.List;
import org.smtpsentry.logs.LineDecoder;
import org.smtpsentry.logs.LocalClock;
import org.smtpsentry.logs.LogFormat;
import org.smtpsentry.logs.LogSource;

/**
 * IceWarp's SMTP log ({@code logs/smtp/s20261122.log}): server sessions ({@code 203.0.113.9 [0D38] 10:57:43
 * Connected}, the {@code <<<}/{@code >>>} dialogue, {@code ***} for an accepted message) and client (delivery)
 * sessions ({@code SYSTEM [1474] 18:13:21 Client session Message id TUQ42143}). Lines carry only the time of day;
 * the date is taken from the file name.
 */
public final class IceWarpFormat implements LogFormat {

    @Override
    public String name() {
        return "icewarp";
    }

    @Override
    public String description() {
        return "IceWarp SMTP session logs (s20261122.log: server and client sessions)";
    }

    @Override
    public boolean recognizes(List<String> head) {
        int sessionLines = 0;
        for (String line : head) {
            if (SessionLine.cut(line) != null) {
                sessionLines++;
            }
        }
        return sessionLines > 0 && sessionLines * 2 >= head.size();
    }

    @Override
    public LineDecoder decoder(LogSource source) {
        return new IceWarpSessions(new LocalClock(source.zone()), dateOf(source));
    }

    /** The day of a log from its name ("s20261122.log", also with a directory), else the day it was written. */
    static LocalDate dateOf(LogSource source) {
        String name = source.name();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String file = name.substring(slash + 1);
        for (int i = 0; i + 8 <= file.length(); i++) {
            int y = LocalClock.digits(file, i, 4);
            int m = LocalClock.digits(file, i + 4, 2);
            int d = LocalClock.digits(file, i + 6, 2);
            if (y >= 1990 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
                try {
                    return LocalDate.of(y, m, d);
                } catch (java.time.DateTimeException e) {
                    break;
                }
            }
        }
        return LocalDate.ofInstant(source.writtenBy(), source.zone());
    }
}
