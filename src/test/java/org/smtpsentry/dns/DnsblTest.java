package org.smtpsentry.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DnsblTest {

    private static DnsblReport check(LoopbackDnsServer dns, String target, List<Blacklist> lists) {
        return new Dnsbl(Resolver.of(dns.address(), Duration.ofSeconds(2)), lists).check(target);
    }

    private static Listing on(DnsblReport report, String zone) {
        return report.listings().stream().filter(l -> l.zone().equals(zone)).findFirst().orElseThrow();
    }

    @Test
    void aListedAddressCarriesTheCodesMeaningAndTheTxtReason() throws IOException {
        try (LoopbackDnsServer dns = new LoopbackDnsServer().zone(
                "2.0.0.192.zen.spamhaus.org. A 127.0.0.4",
                "2.0.0.192.zen.spamhaus.org. A 127.0.0.10",
                "2.0.0.192.zen.spamhaus.org. TXT \"https://check.spamhaus.org/query/ip/192.0.0.2\"",
                "2.0.0.192.bl.spamcop.net. A 127.0.0.2")) {
            DnsblReport report = check(dns, "192.0.0.2", List.of(Blacklist.ZEN,
                    Blacklist.named("bl.spamcop.net", Blacklist.Kind.IP),
                    Blacklist.named("psbl.surriel.com", Blacklist.Kind.IP)));
            Listing zen = on(report, "zen.spamhaus.org");
            assertEquals(Listing.Status.LISTED, zen.status());
            assertTrue(zen.codes().get(0).meaning().startsWith("XBL"));
            assertTrue(zen.codes().get(1).meaning().startsWith("PBL"));
            assertEquals("https://check.spamhaus.org/query/ip/192.0.0.2", zen.reason());
            assertEquals(Listing.Status.LISTED, on(report, "bl.spamcop.net").status());
            assertNull(on(report, "bl.spamcop.net").reason());
            assertEquals(Listing.Status.CLEAN, on(report, "psbl.surriel.com").status());
            assertEquals(2, report.exitStatus());
        }
    }

    @Test
    void aCleanAddressIsExitZero() throws IOException {
        try (LoopbackDnsServer dns = new LoopbackDnsServer()) {
            DnsblReport report = check(dns, "192.0.2.1", Blacklist.defaults());
            assertTrue(report.listings().stream().allMatch(l -> l.status() == Listing.Status.CLEAN));
            assertEquals(0, report.exitStatus());
            assertTrue(dns.questions().contains("1.2.0.192.zen.spamhaus.org. A"), dns.questions().toString());
            assertTrue(dns.questions().stream().noneMatch(q -> q.contains("dbl.spamhaus.org")),
                    "an IP is not asked of a domain list");
        }
    }

    @Test
    void spamhausErrorCodesAreNotListings() throws IOException {
        try (LoopbackDnsServer dns = new LoopbackDnsServer().zone(
                "1.2.0.192.zen.spamhaus.org. A 127.255.255.254")) {
            DnsblReport report = check(dns, "192.0.2.1", List.of(Blacklist.ZEN));
            Listing zen = on(report, "zen.spamhaus.org");
            assertEquals(Listing.Status.ERROR, zen.status());
            assertTrue(zen.codes().get(0).meaning().contains("public/open resolver"));
            assertEquals(1, report.exitStatus());
            assertTrue(report.findings().get(0).fix().contains("own resolver"));
        }
    }

    @Test
    void servfailAndSilenceAreErrorsAndNoAnswerAtAllIsExitThree() throws IOException {
        try (LoopbackDnsServer dns = new LoopbackDnsServer().failing("1.2.0.192.zen.spamhaus.org.")
                .silent("1.2.0.192.bl.spamcop.net.")) {
            DnsblReport report = check(dns, "192.0.2.1", List.of(Blacklist.ZEN,
                    Blacklist.named("bl.spamcop.net", Blacklist.Kind.IP)));
            assertTrue(on(report, "zen.spamhaus.org").reason().contains("SERVFAIL"));
            assertTrue(on(report, "bl.spamcop.net").reason().contains("no answer"));
            assertEquals(3, report.exitStatus());
        }
    }

    @Test
    void aHostIsCheckedByItsAddressesAndByNameOnDomainLists() throws IOException {
        try (LoopbackDnsServer dns = new LoopbackDnsServer().zone(
                "mail.example.test. A 192.0.2.25",
                "mail.example.test. AAAA 2001:db8::25",
                "mail.example.test.dbl.spamhaus.org. A 127.0.1.2",
                "5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.spamhaus.org. A 127.0.0.3")) {
            DnsblReport report = check(dns, "mail.example.test", List.of(Blacklist.ZEN, Blacklist.DBL));
            assertEquals(List.of("192.0.2.25", "2001:db8:0:0:0:0:0:25"), report.addresses());
            assertEquals(3, report.listings().size());
            assertEquals(Listing.Status.LISTED, on(report, "dbl.spamhaus.org").status());
            assertEquals("spam domain", on(report, "dbl.spamhaus.org").codes().get(0).meaning());
            assertTrue(report.listings().stream().anyMatch(l -> l.subject().equals("2001:db8:0:0:0:0:0:25")
                    && l.status() == Listing.Status.LISTED && l.codes().get(0).meaning().startsWith("CSS")));
        }
    }

    @Test
    void aListThatAnswersOutsideLoopbackIsSuspectNotListing() throws IOException {
        try (LoopbackDnsServer dns = new LoopbackDnsServer().zone("1.2.0.192.dead.example.test. A 192.0.2.99")) {
            DnsblReport report = check(dns, "192.0.2.1", List.of(Blacklist.named("dead.example.test",
                    Blacklist.Kind.IP)));
            assertEquals(Listing.Status.ERROR, report.listings().get(0).status());
        }
    }
}
