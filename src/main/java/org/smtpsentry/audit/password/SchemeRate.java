package org.smtpsentry.audit.password;

/** How many candidate checks one scheme took and the thread time they cost: the audit's speed per scheme. */
public record SchemeRate(String scheme, long checks, long nanos) {

    /** Checks per second of one thread's time. */
    public double perSecond() {
        return nanos == 0 ? 0 : checks * 1e9 / nanos;
    }
}
