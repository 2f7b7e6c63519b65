package org.smtpsentry.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void indentsNestedObjectsAndArraysAndLeavesEmptyOnesOnOneLine() {
        StringWriter out = new StringWriter();
        new JsonWriter(out).beginObject().field("name", "a").name("list").beginArray().value(1).value(2.5)
                .value(true).value((String) null).endArray().name("none").beginArray().endArray()
                .name("inner").beginObject().field("at", Instant.parse("2026-11-22T10:58:43Z")).endObject()
                .endObject().finish();
        assertEquals("""
                {
                  "name": "a",
                  "list": [
                    1,
                    2.5,
                    true,
                    null
                  ],
                  "none": [],
                  "inner": {
                    "at": "2026-11-22T10:58:43Z"
                  }
                }
                """, out.toString());
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        StringWriter out = new StringWriter();
        new JsonWriter(out).value("say \"hi\"\\ \n\r\t\u0001\u2028 ü").finish();
        assertEquals("\"say \\\"hi\\\"\\\\ \\n\\r\\t\\u0001\\u2028 ü\"\n", out.toString());
    }

    @Test
    void handsALongDocumentOverInPiecesBeforeItEnds() {
        StringWriter out = new StringWriter();
        JsonWriter json = new JsonWriter(out).beginArray();
        for (int i = 0; i < 10_000; i++) {
            json.value("entry " + i);
        }
        assertTrue(out.getBuffer().length() > 0, "written before finish");
        json.endArray().finish();
        String all = out.toString();
        assertTrue(all.startsWith("[\n  \"entry 0\",\n") && all.endsWith("  \"entry 9999\"\n]\n"), all.substring(0, 40));
        assertEquals(10_000, all.split("\n").length - 2);
    }
}
