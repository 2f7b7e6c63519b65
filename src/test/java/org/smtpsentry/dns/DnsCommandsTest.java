package org.smtpsentry.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smtpsentry.testkit.CommandRun.run;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.smtpsentry.testkit.CommandRun;
import org.smtpsentry.cli.Main;

/** {@code smtpsentry dnsbl} and {@code smtpsentry dns} through Main.run, against the loopback DNS server. */
class DnsCommandsTest {

    @Test
    void dnsblPrintsATableAndJson() throws IOException {
        try (LoopbackDnsServer dns = new LoopbackDnsServer().zone(
                "2.0.0.192.zen.spamhaus.org. A 127.0.0.2",
                "2.0.0.192.zen.spamhaus.org. TXT \"Listed in SBL, see https://check.spamhaus.org/sbl/query/SBL1\"")) {
            CommandRun table = run("dnsbl", "192.0.0.2", "--resolver", dns.address(), "--list", "zen.spamhaus.org",
                    "--list", "bl.spamcop.net");
            assertEquals(2, table.status(), table.out() + table.err());
            assertTrue(table.out().contains("zen.spamhaus.org  192.0.0.2  LISTED  127.0.0.2  SBL: Spamhaus Block List,"
                    + " a known spam source - Listed in SBL"), table.out());
            assertTrue(table.out().contains("bl.spamcop.net    192.0.0.2  clean"), table.out());
            CommandRun json = run("dnsbl", "192.0.0.2", "--resolver", dns.address(), "--list", "zen.spamhaus.org",
                    "--json");
            for (String s : new String[] {"\"schema\": \"smtpsentry-dnsbl/1\"", "\"status\": \"listed\"",
                    "\"address\": \"127.0.0.2\"", "\"reason\": \"Listed in SBL", "\"exit_status\": 2"}) {
                assertTrue(json.out().contains(s), s + " in " + json.out());
            }
        }
    }

    @Test
    void dnsPrintsFindingsAndJson() throws IOException {
        try (LoopbackDnsServer dns = new LoopbackDnsServer().zone("open.test. TXT \"v=spf1 +all\"",
                "open.test. MX 10 mx.open.test.", "mx.open.test. A 192.0.2.7")) {
            CommandRun text = run("dns", "open.test", "--resolver", dns.address());
            assertEquals(2, text.status(), text.out() + text.err());
            assertTrue(text.out().contains("FAIL  spf"), text.out());
            assertTrue(text.out().contains("fix: end the record with -all"), text.out());
            CommandRun json = run("dns", "open.test", "--resolver", dns.address(), "--json");
            assertTrue(json.out().contains("\"schema\": \"smtpsentry-dns/1\""), json.out());
            assertTrue(json.out().contains("\"check\": \"mx-ptr\""), json.out());
        }
    }

    @Test
    void badInputIsOneLine() {
        CommandRun resolver = run("dns", "example.test", "--resolver", "dns.example.test");
        assertEquals(2, resolver.status());
        assertEquals("smtpsentry: --resolver: \"dns.example.test\" is not an IP address (e.g. 127.0.0.1:5353);"
                + " nothing looked up\n", resolver.err());
        CommandRun domain = run("dns", "not a domain");
        assertEquals(2, domain.status());
        assertTrue(domain.err().startsWith("smtpsentry: dns: \"not a domain\" is not a domain name"), domain.err());
    }

    @Test
    void aHostWithoutAddressIsExitThree() throws IOException {
        try (LoopbackDnsServer dns = new LoopbackDnsServer()) {
            CommandRun r = run("dnsbl", "nowhere.test", "--resolver", dns.address());
            assertEquals(3, r.status());
            assertTrue(r.err().contains("nowhere.test: no A or AAAA record"), r.err());
        }
    }
}
