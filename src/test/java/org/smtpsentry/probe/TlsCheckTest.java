package org.smtpsentry.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smtpsentry.verdict.Evidence;
import org.smtpsentry.verdict.ProbeFailure;
import org.smtpsentry.verdict.ProbeFailure.Grade;

class TlsCheckTest {
    private static final Survey SURVEY = new Survey(null, new Reply(220, List.of("mx")), Duration.ZERO, null, null,
            null, null, Evidence.NONE, Evidence.NONE, Evidence.NONE);

    private static List<ProbeFailure> expiry(Instant notAfter) {
        Findings findings = new Findings("mx.example.test:25");
        new TlsCheck().expiry(findings, notAfter, Probing.NOW, SURVEY);
        return findings.list();
    }

    @Test
    void anExpiredCertificateFails() {
        List<ProbeFailure> f = expiry(Probing.NOW.minusSeconds(1));
        assertEquals(Grade.FAIL, f.get(0).grade());
        assertTrue(f.get(0).finding().startsWith("certificate expired on 2026-11-23T11:59:59Z"));
    }

    @Test
    void aCertificateAboutToExpireIsAWarning() {
        List<ProbeFailure> f = expiry(Probing.NOW.plus(Duration.ofDays(5)));
        assertEquals(Grade.WARN, f.get(0).grade());
        assertTrue(f.get(0).finding().endsWith("in 5 days"), f.get(0).finding());
    }

    @Test
    void aCertificateWithTimeLeftIsFine() {
        assertEquals(List.of(), expiry(Probing.NOW.plus(Duration.ofDays(60))));
    }
}
