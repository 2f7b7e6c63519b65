package org.smtpsentry.detect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smtpsentry.detect.Engine;
import org.smtpsentry.detect.IgnoreList;
import org.smtpsentry.detect.LocalDomains;
import org.smtpsentry.detect.Timeline;
import org.smtpsentry.event.DeliveryStatus;
import org.smtpsentry.event.Reporter;
import org.smtpsentry.verdict.AttackingIp;
import org.smtpsentry.verdict.Verdict;

class BruteForceTest {
    private static final LocalDomains LOCAL = LocalDomains.of(Set.of("example.com"), "test");

    @Test
    void tenFailuresWithinTenMinutesFlagTheIp() {
        Timeline t = new Timeline().at("10:00:00");
        for (int i = 0; i < 10; i++) {
            t.failedAuth("203.0.113.9", "user" + i + "@example.com", Reporter.MTA).after(Duration.ofSeconds(30));
        }
        List<Verdict> found = t.run(new BruteForce(BruteForce.Settings.DEFAULT), LOCAL);
        assertEquals(1, found.size());
        AttackingIp ip = (AttackingIp) found.get(0);
        assertEquals("203.0.113.9", ip.ip());
        assertEquals(10, ip.attempts());
        assertEquals(10, ip.distinctUsers());
        assertTrue(!ip.credentialsFound());
    }

    @Test
    void failuresSpreadBeyondFindtimeAreNotABruteForce() {
        Timeline t = new Timeline().at("10:00:00");
        for (int i = 0; i < 30; i++) {
            t.failedAuth("198.51.100.20", "tom@example.com", Reporter.MTA).after(Duration.ofMinutes(2));
        }
        assertEquals(List.of(), t.run(new BruteForce(BruteForce.Settings.DEFAULT), LOCAL),
                "a user mistyping every two minutes is no attack");
    }

    @Test
    void theSameAttemptLoggedByPostfixAndDovecotCountsOnce() {
        Timeline t = new Timeline().at("10:00:00");
        for (int i = 0; i < 6; i++) {
            t.failedAuth("203.0.113.9", "info@example.com", Reporter.MTA)
                    .failedAuth("203.0.113.9", "info@example.com", Reporter.AUTH_SERVER).after(Duration.ofSeconds(5));
        }
        assertEquals(List.of(), t.run(new BruteForce(BruteForce.Settings.DEFAULT), LOCAL),
                "6 attempts logged twice are 6, not 12");
    }

    @Test
    void aLoginFromTheIpAfterItsFailuresMeansThePasswordWasFound() {
        Timeline t = new Timeline().at("10:00:00");
        for (int i = 0; i < 12; i++) {
            t.failedAuth("203.0.113.9", "sales@example.com", Reporter.MTA).after(Duration.ofSeconds(10));
        }
        t.message("sales@example.com", "203.0.113.9", "sales@example.com", DeliveryStatus.SENT, "a@example.net");
        AttackingIp ip = (AttackingIp) t.run(new BruteForce(BruteForce.Settings.DEFAULT), LOCAL).get(0);
        assertEquals(List.of("sales@example.com"), ip.loginsAfter());
        assertTrue(ip.credentialsFound());
    }

    @Test
    void aCountedLoginWithoutANameIsAlsoFound() {
        Timeline t = new Timeline().at("10:00:00");
        for (int i = 0; i < 12; i++) {
            t.failedAuth("203.0.113.9", "sales@example.com", Reporter.MTA).after(Duration.ofSeconds(10));
        }
        t.connect("203.0.113.9").disconnect("203.0.113.9", 1, 1);
        AttackingIp ip = (AttackingIp) t.run(new BruteForce(BruteForce.Settings.DEFAULT), LOCAL).get(0);
        assertEquals(1, ip.successesWithoutName());
        assertTrue(ip.credentialsFound());
    }

    @Test
    void dovecotAloneIsEnoughToSeeTheAttack() {
        Timeline t = new Timeline().at("10:00:00");
        for (int i = 0; i < 10; i++) {
            t.failedAuth("2001:db8::66", "u" + i, Reporter.AUTH_SERVER).after(Duration.ofSeconds(1));
        }
        assertEquals(1, t.run(new BruteForce(BruteForce.Settings.DEFAULT), LOCAL).size());
    }

    @Test
    void theIpIsFlaggedAtTheMomentOfTheFailureThatCrossesTheThresholdAsTheDaemonWouldActOnIt() {
        Timeline t = new Timeline().at("10:00:00");
        for (int i = 0; i < 15; i++) {
            t.failedAuth("203.0.113.9", "user@example.com", Reporter.MTA).after(Duration.ofSeconds(10));
        }
        List<Verdict> live = new ArrayList<>();
        Engine engine = new Engine(
                List.of(new BruteForce(BruteForce.Settings.DEFAULT)), List.of(), LOCAL,
                IgnoreList.NONE, live::add);
        t.events().forEach(engine::accept);
        assertEquals(1, live.size(), "flagged once, live");
        AttackingIp atCrossing = (AttackingIp) live.get(0);
        assertEquals(Instant.parse("2026-11-22T10:01:30Z"), atCrossing.span().flagged(), "the 10th failure");
        assertEquals(10, atCrossing.attempts(), "what was known at that moment");
        assertEquals(15, ((AttackingIp) engine.findings().get(0)).attempts(), "the report has the whole attack");
    }

    @Test
    void anIgnoredAddressIsNeverFlagged() {
        Timeline t = new Timeline().at("10:00:00");
        for (int i = 0; i < 20; i++) {
            t.failedAuth("192.0.2.33", "user@example.com", Reporter.MTA);
        }
        List<Verdict> live = new ArrayList<>();
        Engine engine = new Engine(
                List.of(new BruteForce(BruteForce.Settings.DEFAULT)), List.of(), LOCAL,
                IgnoreList.parse(List.of("192.0.2.0/24"), "--ignoreip"), live::add);
        t.events().forEach(engine::accept);
        assertEquals(List.of(), engine.findings());
    }
}
