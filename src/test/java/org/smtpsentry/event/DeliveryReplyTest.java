package org.smtpsentry.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeliveryReplyTest {

    @Test
    void aReplyReadLaterIsReadOnceWhenFirstAskedAndEqualsTheOneGivenAtOnce() {
        Origin line = new Origin("mail.log", 7, "relay=mx.example.net, dsn=4.4.1, reply=Connection refused");
        AtomicInteger reads = new AtomicInteger();
        DeliveryReply later = DeliveryReply.readLater(line.keep(), text -> {
            reads.incrementAndGet();
            String[] part = text.split(", ");
            return DeliveryReply.of(part[0].substring(6), part[1].substring(4), part[2].substring(6));
        });
        assertEquals(0, reads.get(), "nothing read before asked");
        assertEquals("mx.example.net", later.relay());
        assertEquals("4.4.1", later.dsn());
        assertEquals("Connection refused", later.response());
        assertEquals(DeliveryReply.of("mx.example.net", "4.4.1", "Connection refused"), later);
        assertEquals(1, reads.get());
        assertEquals("relay=none, dsn=null, response=", DeliveryReply.of("none", null, "").toString());
    }
}
