package org.smtpsentry.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.smtpsentry.event.LinesBefore;
import org.smtpsentry.event.Origin;

class LineReaderTest {

    /** The lines read; each line's bytes (the reader's view of them) must decode to the line itself. */
    private static List<String> read(byte[] bytes, int maxLine) throws IOException {
        List<String> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(new ByteArrayInputStream(bytes), maxLine)) {
            for (String line = reader.next(); line != null; line = reader.next()) {
                LineBytes view = reader.lastLine();
                assertEquals(line, view.text(view.from(), view.to()), "bytes of line " + (lines.size() + 1));
                lines.add(line);
            }
        }
        return lines;
    }

    /** Lines of every length, LFs at every offset within a word, CRLF, non-ASCII text, across buffer refills. */
    @Test
    void readsEveryLineAsSplittingTheTextWould() throws IOException {
        Random random = new Random(42);
        String[] pieces = {"a", "postfix/smtpd[4012]: ", "é", "Ünïcödé ", "€", "\t", " ", "0123456789"};
        List<String> expected = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (text.length() < 300_000) {
            StringBuilder line = new StringBuilder();
            int parts = random.nextInt(12);
            for (int p = 0; p < parts; p++) {
                String piece = pieces[random.nextInt(pieces.length)];
                line.append(random.nextInt(10) < 8 && !piece.chars().allMatch(c -> c < 128) ? "x" : piece);
            }
            for (int k = random.nextInt(9); k > 0; k--) {
                line.append((char) ('a' + random.nextInt(26)));
            }
            expected.add(line.toString());
            text.append(line).append(random.nextInt(5) == 0 ? "\r\n" : "\n");
        }
        assertEquals(expected, read(text.toString().getBytes(StandardCharsets.UTF_8), 64 * 1024));
    }

    /**
     * An event's origin refers to its line's bytes: they must stay as they were while later lines are read, also when
     * the input gives few bytes a read (a pipe, a decompressor) and later reads land in the same buffer.
     */
    @Test
    void theBytesOfALineAreNeverWrittenAgain() throws IOException {
        Random random = new Random(7);
        List<String> expected = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (text.length() < 400_000) {
            String line = "line " + expected.size() + " é".repeat(random.nextInt(3)) + "x".repeat(random.nextInt(300));
            expected.add(line);
            text.append(line).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        for (boolean trickle : new boolean[] {false, true}) {
            InputStream in = new ByteArrayInputStream(bytes);
            if (trickle) {
                in = new FilterInputStream(in) {
                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        return super.read(b, off, Math.min(len, 1 + random.nextInt(5000)));
                    }
                };
            }
            List<Origin> origins = new ArrayList<>();
            try (LineReader reader = new LineReader(in, 64 * 1024)) {
                while (reader.advance()) {
                    LineBytes view = reader.lastLine();
                    origins.add(Origin.ofLine("t", new LinesBefore(), origins.size() + 1, view.bytes(), view.from(),
                            view.to(), view.ascii()));
                }
            }
            assertEquals(expected, origins.stream().map(Origin::text).toList(), trickle ? "few bytes a read" : "");
        }
    }

    @Test
    void aLastLineWithoutNewlineIsRead() throws IOException {
        assertEquals(List.of("one", "two"), read("one\ntwo".getBytes(StandardCharsets.UTF_8), 100));
    }

    @Test
    void nonAsciiNextToANewlineInTheSameWordIsDecodedRight() throws IOException {
        assertEquals(List.of("abc", "é", "déf", "ghijklmnop"),
                read("abc\né\ndéf\nghijklmnop\n".getBytes(StandardCharsets.UTF_8), 100));
    }

    @Test
    void aLineOverTheLimitIsCutAndSaysSo() throws IOException {
        byte[] bytes = ("x".repeat(50) + "\nshort\n").getBytes(StandardCharsets.UTF_8);
        try (LineReader reader = new LineReader(new ByteArrayInputStream(bytes), 20)) {
            assertEquals("x".repeat(20), reader.next());
            assertTrue(reader.lastWasCut());
            assertEquals("short", reader.next());
            assertFalse(reader.lastWasCut());
            assertNull(reader.next());
        }
    }
}
