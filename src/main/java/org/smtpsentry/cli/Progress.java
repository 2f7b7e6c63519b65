package org.smtpsentry.cli;

import java.util.List;
import java.util.Locale;
import org.smtpsentry.logs.LogInput;
import org.smtpsentry.logs.MailLogs;
import org.smtpsentry.text.Terminal;

/**
 * A progress line on standard error while large inputs are read, only when standard error is a terminal:
 * lines and megabytes read, and the share of the input when its size is known (uncompressed files).
 */
final class Progress {
    private static final long LARGE = 32L << 20;

    private final long total;
    private final boolean shown;
    private volatile Thread ticker;

    Progress(List<LogInput> inputs) {
        long size = 0;
        boolean knownSize = true;
        for (LogInput in : inputs) {
            size += in.size();
            knownSize &= in.path() != null;
        }
        this.total = knownSize ? size : 0;
        this.shown = Terminal.stderrIsTty() && (size > LARGE || !knownSize);
    }

    void start(MailLogs logs) {
        if (!shown) {
            return;
        }
        ticker = Thread.ofVirtual().start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(500);
                    long bytes = logs.bytesRead();
                    String share = total > 0 ? String.format(Locale.ROOT, " (%d %%)", Math.min(100, bytes * 100 / total)) : "";
                    System.err.printf(Locale.ROOT, "\r  reading: %,d lines, %,d MB%s   ", logs.lines(), bytes >> 20, share);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    void stop() {
        Thread t = ticker;
        if (t != null) {
            t.interrupt();
            System.err.print("\r" + " ".repeat(60) + "\r");
            System.err.flush();
        }
    }
}
