package org.smtpsentry.logs.exim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EximFieldsTest {
    private static final String DELIVERY = "=> a@b R=dnslookup T=remote_smtp H=mx.b [192.0.2.1]:25"
            + " C=\"250 OK H=fake X=fake\" QT=2s";

    @Test
    void aFieldRunsToTheNextOne() {
        assertEquals("mx.b [192.0.2.1]:25", EximFields.value(DELIVERY, 0, " H="));
        assertEquals("remote_smtp", EximFields.value(DELIVERY, 0, " T="));
        assertEquals("2s", EximFields.value(DELIVERY, 0, " QT="));
    }

    @Test
    void aQuotedValueIsWholeAndMarkersInsideItDoNotCount() {
        assertEquals("250 OK H=fake X=fake", EximFields.value(DELIVERY, 0, " C="));
        assertNull(EximFields.value(DELIVERY, 0, " X="));
    }

    @Test
    void clientHeloAndMechanism() {
        assertEquals("192.0.2.1", EximFields.ip("name (helo) [192.0.2.1]:25"));
        assertEquals("helo", EximFields.helo("name (helo) [192.0.2.1]:25"));
        assertEquals("name", EximFields.helo("name [192.0.2.1]"));
        assertEquals("LOGIN", EximFields.mechanism("dovecot_login"));
        assertEquals("CRAM-MD5", EximFields.mechanism("cram_md5"));
    }

    @Test
    void messageIdsOfOldAndNewExim() {
        assertEquals(16, EximLine.messageIdLength("1tXyZa-000123-AB <= a", 0));
        assertEquals(23, EximLine.messageIdLength("1tXyZa-000000001aB-AbCd <= a", 0));
        assertEquals(0, EximLine.messageIdLength("Start queue run: pid=1", 0));
    }
}
