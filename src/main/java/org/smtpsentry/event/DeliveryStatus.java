package org.smtpsentry.event;

/** The outcome of one delivery attempt to one recipient. */
public enum DeliveryStatus {
    SENT,
    DEFERRED,
    BOUNCED,
    EXPIRED;

    /** Deferred, bounced or expired: the mark of made-up recipients and blacklisted senders. */
    public boolean undeliverable() {
        return this != SENT;
    }
}
