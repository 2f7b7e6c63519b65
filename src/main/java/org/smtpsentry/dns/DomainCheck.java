package org.smtpsentry.dns;

/** One check of a mail domain's DNS records; it adds what it found to the findings. */
interface DomainCheck {
    /** The check's name in reports and JSON: "mx", "spf", "dmarc". */
    String name();

    void run(String domain, Resolver resolver, DomainFindings findings);
}
