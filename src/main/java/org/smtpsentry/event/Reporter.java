package org.smtpsentry.event;

/**
 * Who logged an authentication event. One failed AUTH is often logged twice, by the MTA and by the
 * authentication server (Dovecot) behind it; rules count the two apart so that nothing is counted twice.
 */
public enum Reporter {
    MTA,
    AUTH_SERVER
}
