package org.smtpsentry.logs.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
}
