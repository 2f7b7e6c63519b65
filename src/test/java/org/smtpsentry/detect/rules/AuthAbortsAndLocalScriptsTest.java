package org.smtpsentry.detect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smtpsentry.detect.LocalDomains;
import org.smtpsentry.detect.Timeline;
import org.smtpsentry.event.DeliveryStatus;
import org.smtpsentry.verdict.AbusedLocalScript;
import org.smtpsentry.verdict.AttackingIp;

class AuthAbortsAndLocalScriptsTest {
    private static final LocalDomains LOCAL = LocalDomains.of(Set.of("example.com"), "test");

    @Test
    void fiveAbortedSessionsWithinTenMinutesFlagTheIp() {
        Timeline t = new Timeline().at("10:00:00");
        for (int i = 0; i < 5; i++) {
            t.connect("203.0.113.77").abortedAuth("203.0.113.77").abortedAuth("203.0.113.77")
                    .disconnect("203.0.113.77", 1, 0).after(Duration.ofSeconds(20));
        }
        List<?> found = t.run(new AuthAborts(AuthAborts.Settings.DEFAULT), LOCAL);
        assertEquals(1, found.size());
        assertEquals(5, ((AttackingIp) found.get(0)).attempts(), "two abort lines of one session count once");
    }

    @Test
    void fourAbortedSessionsAreNotEnough() {
        Timeline t = new Timeline().at("10:00:00");
        for (int i = 0; i < 4; i++) {
            t.connect("203.0.113.77").abortedAuth("203.0.113.77").disconnect("203.0.113.77", 1, 0);
        }
        assertEquals(List.of(), t.run(new AuthAborts(AuthAborts.Settings.DEFAULT), LOCAL));
    }

    @Test
    void aWebFormSendingToManyExternalAddressesIsFlaggedByUid() {
        Timeline t = new Timeline().at("15:00:00");
        for (int i = 0; i < 60; i++) {
            t.localMessage(33, "www-data@example.com", DeliveryStatus.DEFERRED, "v" + i + "@victims" + i + ".example")
                    .after(Duration.ofSeconds(20));
        }
        List<?> found = t.run(new LocalScripts(LocalScripts.Settings.DEFAULT), LOCAL);
        assertEquals(1, found.size());
        AbusedLocalScript s = (AbusedLocalScript) found.get(0);
        assertEquals(33, s.uid());
        assertEquals(60, s.traffic().messages());
        assertEquals("www-data@example.com", s.senders().get(0).name());
    }

    @Test
    void cronMailToRootIsNotAbuse() {
        Timeline t = new Timeline().at("00:00:00");
        for (int i = 0; i < 200; i++) {
            t.localMessage(0, "root", DeliveryStatus.SENT, "root@example.com").after(Duration.ofSeconds(10));
        }
        assertEquals(List.of(), t.run(new LocalScripts(LocalScripts.Settings.DEFAULT), LOCAL));
    }

    @Test
    void whereTheLogNamesOnlyTheUserTheScriptIsFlaggedByUserName() {
        Timeline t = new Timeline().at("15:00:00");
        for (int i = 0; i < 60; i++) {
            t.localMessage(-1, "www-data", "www-data@example.com", DeliveryStatus.DEFERRED,
                    "v" + i + "@victims" + i + ".example").after(Duration.ofSeconds(20));
        }
        List<?> found = t.run(new LocalScripts(LocalScripts.Settings.DEFAULT), LOCAL);
        assertEquals(1, found.size());
        AbusedLocalScript s = (AbusedLocalScript) found.get(0);
        assertEquals(-1, s.uid());
        assertEquals("www-data", s.subject());
    }
}
