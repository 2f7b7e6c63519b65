package org.smtpsentry.dns;

import java.util.List;

/**
 * One blacklist's answer for one address or domain: clean, listed (with the codes' meanings and the TXT reason),
 * or an error (the list refused this resolver, or no answer).
 */
public record Listing(String subject, String zone, Status status, List<ReturnCode> codes, String reason) {

    public enum Status { CLEAN, LISTED, ERROR }

    public Listing {
        codes = List.copyOf(codes);
    }
}
