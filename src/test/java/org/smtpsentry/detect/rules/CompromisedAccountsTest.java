package org.smtpsentry.detect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.smtpsentry.detect.LocalDomains;
import org.smtpsentry.detect.Timeline;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.DeliveryStatus;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.Origin;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.verdict.CompromisedAccount;

class CompromisedAccountsTest {
    private static final LocalDomains LOCAL = LocalDomains.of(Set.of("example.com"), "test");

    private static String[] recipients(String prefix, String domainPrefix, int n) {
        String[] r = new String[n];
        for (int i = 0; i < n; i++) {
            r[i] = prefix + i + "@" + domainPrefix + i + ".example";
        }
        return r;
    }

    @Test
    void aSpamRunWithForgedSendersToMadeUpDomainsIsFlaggedWithItsEvidence() {
        Timeline t = new Timeline().at("09:00:00");
        t.message("sales@example.com", "192.0.2.50", "sales@example.com", DeliveryStatus.SENT, "client@example.net");
        t.at("14:00:00");
        for (int i = 0; i < 30; i++) {
            t.message("sales@example.com", "198.51.100." + (i % 3 + 1), "x" + i + "@random" + i + ".example",
                    DeliveryStatus.DEFERRED, recipients("r" + i + "_", "madeup" + i + "-", 5))
                    .after(Duration.ofSeconds(60));
        }
        List<?> found = t.run(new CompromisedAccounts(CompromisedAccounts.Settings.DEFAULT), LOCAL);
        assertEquals(1, found.size());
        CompromisedAccount a = (CompromisedAccount) found.get(0);
        assertEquals("sales@example.com", a.login());
        assertEquals(31, a.traffic().messages());
        assertEquals(151, a.traffic().recipients());
        assertEquals(150, a.traffic().undeliverable());
        assertEquals(30, a.traffic().forgedSender());
        assertEquals(151, a.traffic().externalRecipients());
        assertTrue(a.reasons().get(0).contains("100 external recipients within 1h"), a.reasons().toString());
        assertFalse(a.ips().stream().filter(ip -> ip.ip().equals("192.0.2.50")).findFirst().orElseThrow().isNew(),
                "the office address was usual before the abuse");
        assertTrue(a.ips().stream().filter(ip -> ip.ip().startsWith("198.51.100.")).allMatch(
                CompromisedAccount.ClientIp::isNew));
        assertEquals(30, a.peakPerHour());
        assertEquals(1.0, a.usualPerHour());
        assertEquals(List.of(1, 30), List.copyOf(new TreeMap<>(a.messagesPerHour()).values()),
                "the hours 09:00 and 14:00, for the report's timeline");
        assertFalse(a.evidence().samples().isEmpty());
    }

    @Test
    void aNewsletterToThreeHundredLocalRecipientsIsNotAbuse() {
        Timeline t = new Timeline().at("10:00:00");
        String[] staff = new String[300];
        for (int i = 0; i < 300; i++) {
            staff[i] = "staff" + i + "@example.com";
        }
        t.message("news@example.com", "192.0.2.60", "someone-else@example.org", DeliveryStatus.SENT, staff);
        assertEquals(List.of(), t.run(new CompromisedAccounts(CompromisedAccounts.Settings.DEFAULT), LOCAL));
    }

    @Test
    void fortyNormalMessagesADayAreNotAbuse() {
        Timeline t = new Timeline().at("08:00:00");
        for (int i = 0; i < 40; i++) {
            t.message("tom@example.com", "192.0.2.61", "tom@example.com", i % 5 == 0 ? DeliveryStatus.DEFERRED
                    : DeliveryStatus.SENT, "partner" + i + "@example.net", "colleague@example.com")
                    .after(Duration.ofMinutes(15));
        }
        assertEquals(List.of(), t.run(new CompromisedAccounts(CompromisedAccounts.Settings.DEFAULT), LOCAL));
    }

    @Test
    void manyExternalRecipientsDeliveredFromTheOwnAddressAndOneIpAreNotAbuse() {
        Timeline t = new Timeline().at("10:00:00");
        t.message("marketing@example.com", "192.0.2.62", "marketing@example.com", DeliveryStatus.SENT,
                recipients("customer", "shop", 150));
        assertEquals(List.of(), t.run(new CompromisedAccounts(CompromisedAccounts.Settings.DEFAULT), LOCAL),
                "a legitimate mailing from the login's own address that gets delivered has no sign of abuse");
    }

    @Test
    void pureVolumeIsFlaggedEvenWithoutOtherSigns() {
        Timeline t = new Timeline().at("10:00:00");
        for (int i = 0; i < 500; i++) {
            t.message("bulk@example.com", "192.0.2.63", "bulk@example.com", DeliveryStatus.SENT,
                    "p" + i + "@example.net").after(Duration.ofSeconds(5));
        }
        assertEquals(1, t.run(new CompromisedAccounts(CompromisedAccounts.Settings.DEFAULT), LOCAL).size());
    }

    @Test
    void aRecipientDeliveredAtARetryIsNoLongerUndeliverable() {
        SenderTraffic traffic = new SenderTraffic(Duration.ofHours(1));
        Instant t = Instant.parse("2026-11-22T10:00:00Z");
        Origin o = Origin.of("test");
        QueueId id = new QueueId("4F0000000001");
        Mailbox bob = Mailbox.of("bob@example.net");
        traffic.delivery(new DeliveryAttempt(t, o, id, bob, "none", DeliveryStatus.DEFERRED, "4.7.1", "greylisted"),
                null, LOCAL);
        assertEquals(1, traffic.undeliverable);
        traffic.delivery(new DeliveryAttempt(t.plusSeconds(600), o, id, bob, "mx", DeliveryStatus.SENT, "2.0.0", "ok"),
                DeliveryStatus.DEFERRED, LOCAL);
        assertEquals(0, traffic.undeliverable);
        assertEquals(1, traffic.recipients, "a retry is the same recipient");
        assertEquals(1, traffic.external);
    }
}
