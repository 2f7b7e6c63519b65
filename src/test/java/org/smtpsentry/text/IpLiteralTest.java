package org.smtpsentry.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class IpLiteralTest {
    @Test
    void readsLiteralsOnlyNeverNames() {
        assertEquals("192.0.2.25", IpLiteral.parse("192.0.2.25").getHostAddress());
        assertEquals(16, IpLiteral.parse("2001:db8::25").getAddress().length);
        assertNull(IpLiteral.parse("localhost"));
        assertNull(IpLiteral.parse("192.0.2.256"));
        assertNull(IpLiteral.parse("10.0.0.1; flush ruleset"));
    }

    @Test
    void printsTheLongestZeroRunAsTwoColons() {
        assertEquals("192.0.2.25", IpLiteral.text(IpLiteral.parse("192.0.2.25")));
        assertEquals("2001:db8::25", IpLiteral.text(IpLiteral.parse("2001:0db8:0:0:0:0:0:25")));
        assertEquals("::1", IpLiteral.text(IpLiteral.parse("0:0:0:0:0:0:0:1")));
        assertEquals("::", IpLiteral.text(IpLiteral.parse("::")));
        assertEquals("2001:db8:0:1::1", IpLiteral.text(IpLiteral.parse("2001:db8:0:1:0:0:0:1")));
        assertEquals("2001:db8::1:0:0:1", IpLiteral.text(IpLiteral.parse("2001:db8:0:0:1:0:0:1")));
        assertEquals("2001:db8:1:2:3:4:0:5", IpLiteral.text(IpLiteral.parse("2001:db8:1:2:3:4:0:5")));
    }
}
