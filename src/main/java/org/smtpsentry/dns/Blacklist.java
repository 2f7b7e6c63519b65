package org.smtpsentry.dns;

import java.util.ArrayList;
import java.util.List;

/**
 * A DNS blacklist: its zone, whether it lists IP addresses or domain names, and the meanings of its return codes.
 * An answer of 127.255.255.x that the list does not explain is taken as an error code as well (Spamhaus's custom,
 * followed by others); any other code in 127.0.0.0/8 is a listing.
 */
public record Blacklist(String zone, Kind kind, List<ReturnCode> codes) {

    public enum Kind { IP, DOMAIN }

    public Blacklist {
        codes = List.copyOf(codes);
    }

    /** The error codes Spamhaus answers with instead of a listing. */
    static final List<ReturnCode> SPAMHAUS_ERRORS = List.of(
            new ReturnCode("127.255.255.252", "typing error in the DNSBL name", true),
            new ReturnCode("127.255.255.254", "query through a public/open resolver, which Spamhaus blocks", true),
            new ReturnCode("127.255.255.255", "too many queries from this resolver", true));

    /** Spamhaus ZEN: SBL, CSS, XBL, DROP and PBL in one zone. */
    static final Blacklist ZEN = new Blacklist("zen.spamhaus.org", Kind.IP, with(SPAMHAUS_ERRORS,
            new ReturnCode("127.0.0.2", "SBL: Spamhaus Block List, a known spam source", false),
            new ReturnCode("127.0.0.3", "CSS: Spamhaus CSS, snowshoe or low-reputation mail", false),
            new ReturnCode("127.0.0.4", "XBL: exploited host (botnet, open proxy, infected)", false),
            new ReturnCode("127.0.0.5", "XBL: exploited host", false),
            new ReturnCode("127.0.0.6", "XBL: exploited host", false),
            new ReturnCode("127.0.0.7", "XBL: exploited host", false),
            new ReturnCode("127.0.0.9", "DROP: hijacked or criminal network (Don't Route Or Peer)", false),
            new ReturnCode("127.0.0.10", "PBL: dynamic/end-user range, the ISP says no direct mail", false),
            new ReturnCode("127.0.0.11", "PBL: end-user range per Spamhaus, no direct mail", false)));

    /** Spamhaus DBL: domains of spam, phishing, malware. */
    static final Blacklist DBL = new Blacklist("dbl.spamhaus.org", Kind.DOMAIN, with(SPAMHAUS_ERRORS,
            new ReturnCode("127.0.1.2", "spam domain", false),
            new ReturnCode("127.0.1.4", "phishing domain", false),
            new ReturnCode("127.0.1.5", "malware domain", false),
            new ReturnCode("127.0.1.6", "botnet command-and-control domain", false),
            new ReturnCode("127.0.1.102", "abused legitimate domain (spam)", false),
            new ReturnCode("127.0.1.103", "abused legitimate redirector", false),
            new ReturnCode("127.0.1.104", "abused legitimate domain (phishing)", false),
            new ReturnCode("127.0.1.105", "abused legitimate domain (malware)", false),
            new ReturnCode("127.0.1.106", "abused legitimate domain (botnet C&C)", false),
            new ReturnCode("127.0.1.255", "IP address queries are not allowed in the DBL", true)));

    /** The lists queried when none is given: Spamhaus ZEN and DBL and other common IP lists. */
    public static List<Blacklist> defaults() {
        List<Blacklist> lists = new ArrayList<>();
        lists.add(ZEN);
        for (String zone : List.of("bl.spamcop.net", "b.barracudacentral.org", "psbl.surriel.com",
                "bl.mailspike.net", "dnsbl-1.uceprotect.net", "ix.dnsbl.manitu.net")) {
            lists.add(new Blacklist(zone, Kind.IP, List.of()));
        }
        lists.add(DBL);
        return lists;
    }

    /** A list given by its zone: a known one with its codes, or a new one that only tells listed or not. */
    public static Blacklist named(String zone, Kind kind) {
        for (Blacklist known : defaults()) {
            if (known.zone().equalsIgnoreCase(zone)) {
                return known;
            }
        }
        return new Blacklist(zone.toLowerCase(java.util.Locale.ROOT), kind, List.of());
    }

    /** The meaning of {@code address}: a known code, an unexplained error (127.255.255.x) or a plain listing. */
    ReturnCode meaning(String address) {
        for (ReturnCode code : codes) {
            if (code.address().equals(address)) {
                return code;
            }
        }
        if (address.startsWith("127.255.255.")) {
            return new ReturnCode(address, "the list refused to answer this resolver", true);
        }
        if (!address.startsWith("127.")) {
            return new ReturnCode(address, "an answer outside 127.0.0.0/8: the list may be dead and answer"
                    + " everything", true);
        }
        return new ReturnCode(address, "listed", false);
    }

    private static List<ReturnCode> with(List<ReturnCode> errors, ReturnCode... codes) {
        List<ReturnCode> all = new ArrayList<>(List.of(codes));
        all.addAll(errors);
        return all;
    }
}
