package org.smtpsentry.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.smtpsentry.verdict.ProbeFailure;

class MailDomainTest {

    private static DomainReport check(LoopbackDnsServer dns, String domain) {
        return new MailDomain(Resolver.of(dns.address(), Duration.ofSeconds(2))).check(domain);
    }

    private static String text(DomainReport report) {
        return String.join("\n", report.findings().stream()
                .map(f -> f.grade() + " " + f.check() + " " + f.finding()).toList());
    }

    private static void has(DomainReport report, String line) {
        assertTrue(text(report).contains(line), line + " in\n" + text(report));
    }

    @Test
    void aWellKeptDomainHasNothingToFix() throws IOException {
        try (LoopbackDnsServer dns = new LoopbackDnsServer().zone(
                "good.test. MX 10 mx.good.test.",
                "good.test. TXT \"v=spf1 mx ip4:192.0.2.0/24 include:_spf.provider.test -all\"",
                "_spf.provider.test. TXT \"v=spf1 ip4:198.51.100.0/24 ~all\"",
                "_dmarc.good.test. TXT \"v=DMARC1; p=reject; rua=mailto:dmarc@good.test\"",
                "_mta-sts.good.test. TXT \"v=STSv1; id=20261101T000000\"",
                "_smtp._tls.good.test. TXT \"v=TLSRPTv1; rua=mailto:tls@good.test\"",
                "mx.good.test. A 192.0.2.25",
                "25.2.0.192.in-addr.arpa. PTR mx.good.test.")) {
            DomainReport report = check(dns, "good.test");
            assertEquals(0, report.exitStatus(), text(report));
            has(report, "INFO mx MX: 10 mx.good.test");
            has(report, "INFO spf SPF needs 2 of at most 10 DNS lookups");
            has(report, "INFO spf SPF ends with -all (fail)");
            has(report, "INFO dmarc DMARC policy p=reject");
            has(report, "INFO mta-sts MTA-STS: v=STSv1; id=20261101T000000");
            has(report, "INFO tls-rpt TLS-RPT: v=TLSRPTv1; rua=mailto:tls@good.test");
            has(report, "INFO mx-ptr MX mx.good.test 192.0.2.25 PTR mx.good.test, forward-confirmed");
        }
    }

    @Test
    void spfCountsNestedIncludesAndRedirectsBeyondTheLimit() throws IOException {
        LoopbackDnsServer dns = new LoopbackDnsServer().zone(
                "many.test. TXT \"v=spf1 a mx include:one.test include:two.test redirect=three.test\"",
                "one.test. TXT \"v=spf1 a mx ptr include:four.test -all\"",
                "two.test. TXT \"v=spf1 exists:%{i}.x.test a -all\"",
                "three.test. TXT \"v=spf1 mx a +all\"",
                "four.test. TXT \"v=spf1 a -all\"");
        try (dns) {
            DomainReport report = check(dns, "many.test");
            // many: a mx include include redirect = 5; one: a mx ptr include = 4; two: exists a = 2; three: 2; four: 1
            has(report, "FAIL spf SPF needs 14 DNS lookups, more than 10 (permerror)");
            has(report, "FAIL spf SPF ends with +all");
            assertEquals(2, report.exitStatus());
        }
    }

    @Test
    void spfSyntaxMissingIncludesLoopsAndTwoRecordsAreFailures() throws IOException {
        try (LoopbackDnsServer dns = new LoopbackDnsServer().zone(
                "bad.test. TXT \"v=spf1 ip4:300.1 include:gone.test include:loop.test foo ?all\"",
                "loop.test. TXT \"v=spf1 include:loop.test -all\"",
                "two.test. TXT \"v=spf1 -all\"",
                "two.test. TXT \"v=spf1 mx -all\"")) {
            DomainReport bad = check(dns, "bad.test");
            has(bad, "FAIL spf SPF syntax errors (permerror): ip4:300.1 foo");
            has(bad, "FAIL spf include:gone.test in bad.test has no SPF record (permerror)");
            has(bad, "FAIL spf include:loop.test in loop.test loops or nests too deep (permerror)");
            has(bad, "WARN spf SPF ends with ?all (neutral)");
            has(check(dns, "two.test"), "FAIL spf 2 SPF records");
        }
    }

    @Test
    void missingRecordsAreWarningsAndTheOptionalOnesInformation() throws IOException {
        try (LoopbackDnsServer dns = new LoopbackDnsServer().zone(
                "bare.test. A 192.0.2.80",
                "_dmarc.none.test. TXT \"v=DMARC1; p=none\"",
                "none.test. MX 0 .")) {
            DomainReport bare = check(dns, "bare.test");
            has(bare, "WARN mx no MX record");
            has(bare, "WARN spf no SPF record");
            has(bare, "WARN dmarc no DMARC record");
            has(bare, "INFO mta-sts no MTA-STS record");
            has(bare, "INFO tls-rpt no TLS-RPT record");
            assertEquals(1, bare.exitStatus());
            DomainReport none = check(dns, "none.test");
            has(none, "WARN dmarc DMARC policy p=none only monitors");
            has(none, "INFO dmarc DMARC has no rua=");
            has(none, "INFO mx null MX (RFC 7505)");
        }
    }

    @Test
    void mxWithoutPtrOrNotForwardConfirmedIsAWarning() throws IOException {
        try (LoopbackDnsServer dns = new LoopbackDnsServer().zone(
                "ptr.test. MX 10 mx1.ptr.test.",
                "ptr.test. MX 20 mx2.ptr.test.",
                "mx1.ptr.test. A 192.0.2.1",
                "mx2.ptr.test. A 192.0.2.2",
                "2.2.0.192.in-addr.arpa. PTR dynamic-192-0-2-2.isp.test.")) {
            DomainReport report = check(dns, "ptr.test");
            has(report, "WARN mx-ptr MX mx1.ptr.test 192.0.2.1 has no PTR");
            has(report, "WARN mx-ptr MX mx2.ptr.test 192.0.2.2 PTR dynamic-192-0-2-2.isp.test does not resolve back");
        }
    }

    @Test
    void aLongTxtAnswerComesOverTcp() throws IOException {
        StringBuilder spf = new StringBuilder("v=spf1");
        for (int i = 0; i < 40; i++) {
            spf.append(" ip4:198.51.100.").append(i);
        }
        String record = spf + " -all";
        String[] chunks = {record.substring(0, 240), record.substring(240, 480), record.substring(480)};
        try (LoopbackDnsServer dns = new LoopbackDnsServer().zone(
                "long.test. TXT \"" + String.join("\" \"", chunks) + "\"",
                "long.test. TXT \"google-site-verification=" + "x".repeat(200) + "\"")) {
            DomainReport report = check(dns, "long.test");
            ProbeFailure spfLine = report.findings().stream().filter(f -> f.finding().startsWith("SPF: ")).findFirst()
                    .orElseThrow(() -> new AssertionError(text(report)));
            assertEquals("SPF: " + record, spfLine.finding());
        }
    }

    @Test
    void aResolverThatFailsEverythingIsExitThree() throws IOException {
        try (LoopbackDnsServer dns = new LoopbackDnsServer().failing("down.test.").failing("_dmarc.down.test.")
                .failing("_mta-sts.down.test.").failing("_smtp._tls.down.test.")) {
            assertEquals(3, check(dns, "down.test").exitStatus());
        }
    }
}
