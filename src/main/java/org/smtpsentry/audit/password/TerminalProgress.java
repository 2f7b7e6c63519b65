package org.smtpsentry.audit.password;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.smtpsentry.text.Numbers;

/** A one-line progress bar on the terminal's standard error, redrawn at most four times a second. */
public final class TerminalProgress implements PasswordAudit.Progress {
    private static final int WIDTH = 30;
    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final AtomicLong lastDrawn = new AtomicLong(System.nanoTime());

    public TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(long done, long planned, Duration budgetLeft) {
        long now = System.nanoTime();
        long last = lastDrawn.get();
        if (now - last < EVERY_NANOS || !lastDrawn.compareAndSet(last, now)) {
            return;
        }
        int filled = planned == 0 ? WIDTH : (int) (WIDTH * done / planned);
        synchronized (err) {
            err.print("\rchecking passwords [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                    + Numbers.count(done) + "/" + Numbers.count(planned) + " guesses"
                    + (budgetLeft == null ? "" : ", budget " + Math.max(0, budgetLeft.toSeconds()) + " s left") + " ");
            err.flush();
        }
    }

    /** Clears the line before the report is printed. */
    public void finish() {
        synchronized (err) {
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            err.flush();
        }
    }
}
