package org.smtpsentry.logs.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CsvTest {
    private static final boolean[] ALL = {true, true, true, true};

    @Test
    void quotedFieldsKeepTheirCommasAndQuotes() {
        assertArrayEquals(new String[] {"a", "b, c", "say \"hi\"", "d"},
                Csv.split("a,\"b, c\",\"say \"\"hi\"\"\",d", ALL));
    }

    @Test
    void theLastFieldKeepsCommasNobodyQuoted() {
        assertArrayEquals(new String[] {"a", "b", "c", "sending message, with commas, unquoted"},
                Csv.split("a,b,c,sending message, with commas, unquoted", ALL));
    }

    @Test
    void missingFieldsAreEmptyAndUnusedOnesAreNotCopied() {
        assertArrayEquals(new String[] {"a", "", "", ""}, Csv.split("a", ALL));
        assertArrayEquals(new String[] {"a", null, "c", null}, Csv.split("a,b,c,d", new boolean[] {true, false, true,
                false}));
        assertArrayEquals(new String[] {"", "", "", ""}, Csv.split(",,,", ALL));
    }

    @Test
    void aFieldsSpanIsInsideItsQuotesAfterQuotedFieldsWithCommas() {
        String line = "a,\"b, \"\"c\"\"\",\"AUTH PLAIN x\",d";
        int[] span = Csv.span(line, 2, 4);
        assertEquals("AUTH PLAIN x", line.substring(span[0], span[1]));
        int[] last = Csv.span("a,b,c,d, e", 3, 4);
        assertEquals("d, e", "a,b,c,d, e".substring(last[0], last[1]));
        assertNull(Csv.span("a,b", 3, 4));
    }
}
