package org.smtpsentry.detect;

import java.time.Instant;
import org.smtpsentry.verdict.Verdict;

/** What a rule may use while observing: the event clock, the server's own domains, and the place to flag. */
public interface Detection {

    /** Event time: the latest time seen in the events, never the wall clock. */
    Instant now();

    LocalDomains localDomains();

    IgnoreList ignored();

    /** A subject crossed a rule's thresholds now; the live daemon acts on this. */
    void flag(Verdict verdict);
}
