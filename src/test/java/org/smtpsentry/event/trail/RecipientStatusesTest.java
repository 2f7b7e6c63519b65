package org.smtpsentry.event.trail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.smtpsentry.event.DeliveryStatus;
import org.smtpsentry.event.Mailbox;

class RecipientStatusesTest {
    private static Mailbox rcpt(int i) {
        return Mailbox.of("User" + i + "@Example.NET");
    }

    @Test
    void aRecipientIsFoundByItsAddressWhateverTheObjectOrCase() {
        RecipientStatuses r = new RecipientStatuses(1000);
        assertNull(r.of(rcpt(1)));
        r.note(rcpt(1), DeliveryStatus.DEFERRED);
        assertEquals(DeliveryStatus.DEFERRED, r.of(Mailbox.of("user1@example.net")));
        r.note(Mailbox.of("USER1@example.net"), DeliveryStatus.SENT);
        assertEquals(DeliveryStatus.SENT, r.of(rcpt(1)));
        assertEquals(1, r.asMap().size());
    }

    @Test
    void manyRecipientsKeepEveryStatusAcrossTheChangeToAMap() {
        RecipientStatuses r = new RecipientStatuses(1000);
        int n = RecipientStatuses.FEW * 3;
        for (int i = 0; i < n; i++) {
            r.note(rcpt(i), DeliveryStatus.DEFERRED);
        }
        for (int i = 0; i < n; i += 2) {
            r.note(rcpt(i), DeliveryStatus.SENT);
        }
        for (int i = 0; i < n; i++) {
            assertEquals(i % 2 == 0 ? DeliveryStatus.SENT : DeliveryStatus.DEFERRED, r.of(rcpt(i)), "recipient " + i);
        }
        assertEquals(n, r.asMap().size());
        assertNull(r.of(rcpt(n)));
    }

    @Test
    void recipientsBeyondTheMostKeptAreNotNotedButTheKeptOnesStillChange() {
        RecipientStatuses r = new RecipientStatuses(RecipientStatuses.FEW + 2);
        for (int i = 0; i < RecipientStatuses.FEW + 5; i++) {
            r.note(rcpt(i), DeliveryStatus.DEFERRED);
        }
        assertEquals(RecipientStatuses.FEW + 2, r.asMap().size());
        assertNull(r.of(rcpt(RecipientStatuses.FEW + 4)));
        r.note(rcpt(0), DeliveryStatus.BOUNCED);
        assertEquals(DeliveryStatus.BOUNCED, r.of(rcpt(0)));
    }
}
