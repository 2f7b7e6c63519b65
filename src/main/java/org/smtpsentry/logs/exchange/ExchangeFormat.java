package org.smtpsentry.logs.exchange;

import java.util.List;
import org.smtpsentry.logs.LineDecoder;
import org.smtpsentry.logs.LogFormat;
import org.smtpsentry.logs.LogSource;

/**
 * Exchange's CSV logs with a {@code #Fields:} header: the SMTP receive and send protocol logs
 * (TransportRoles\Logs\...\ProtocolLog\SmtpReceive, SmtpSend) and the message tracking log (MessageTracking\MSGTRK*).
 * The header decides the columns, so the column order of any Exchange version is read.
 */
public final class ExchangeFormat implements LogFormat {

    @Override
    public String name() {
        return "exchange";
    }

    @Override
    public String description() {
        return "Exchange SMTP receive/send protocol logs and message tracking logs (#Fields: CSV)";
    }

    @Override
    public boolean recognizes(List<String> head) {
        for (String line : head) {
            if (line.startsWith("#Fields: date-time,") || line.startsWith("#Software: Microsoft Exchange")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public LineDecoder decoder(LogSource source) {
        return new ExchangeLines();
    }
}
