package org.smtpsentry.logs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.smtpsentry.logs.LogPieces.Piece;

class LogPiecesTest {
    private static final int MAX_LINE = 100;
    private static final int SIZE = 1000;

    @Test
    void piecesEndAtLineEndsAndTogetherHoldEveryByte() throws IOException {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            int length = random.nextInt(MAX_LINE + 1);
            for (int j = 0; j < length; j++) {
                text.append(random.nextInt(20) == 0 ? 'é' : (char) ('a' + random.nextInt(26)));
            }
            text.append(random.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        text.append("a last line without its end");
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        for (boolean trickle : new boolean[] {false, true}) {
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            List<Piece> pieces = all(new LogPieces(trickle ? trickle(bytes) : new ByteArrayInputStream(bytes), SIZE,
                    MAX_LINE));
            for (int i = 0; i < pieces.size(); i++) {
                Piece p = pieces.get(i);
                assertEquals(i, p.number());
                assertTrue(i == pieces.size() - 1 || p.bytes()[p.length() - 1] == '\n', "piece " + i + " ends a line");
                joined.write(p.bytes(), 0, p.length());
            }
            assertArrayEquals(bytes, joined.toByteArray(), trickle ? "few bytes a read" : "whole reads");
        }
    }

    @Test
    void aLineLongerThanTheLimitKeepsItsStartAndTheReaderCutsIt() throws IOException {
        String longer = "L".repeat(MAX_LINE + 50);
        String longerThanAPiece = "P".repeat(SIZE * 5 + 3);
        String text = String.join("\n", "a", longer, "b", longerThanAPiece, "c", "x".repeat(SIZE - 10), longer, "d")
                + "\n";
        List<String> lines = new ArrayList<>();
        List<Boolean> cut = new ArrayList<>();
        for (Piece p : all(new LogPieces(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)), SIZE,
                MAX_LINE))) {
            LineReader reader = new LineReader(p.bytes(), p.length(), MAX_LINE);
            for (String line = reader.next(); line != null; line = reader.next()) {
                lines.add(line);
                cut.add(reader.lastWasCut());
            }
        }
        String kept = "L".repeat(MAX_LINE);
        assertEquals(List.of("a", kept, "b", "P".repeat(MAX_LINE), "c", "x".repeat(SIZE - 10).substring(0, MAX_LINE),
                kept, "d"), lines);
        assertEquals(List.of(false, true, false, true, false, true, true, false), cut);
    }

    @Test
    void aReadThatFailsEndsThePiecesWithTheWholeLinesBeforeIt() throws IOException {
        byte[] bytes = "first line\nsecond line\nthird li".getBytes(StandardCharsets.US_ASCII);
        InputStream failing = new InputStream() {
            int at;

            @Override
            public int read() throws IOException {
                if (at == bytes.length) {
                    throw new EOFException("Unexpected end of ZLIB input stream");
                }
                return bytes[at++];
            }
        };
        LogPieces pieces = new LogPieces(failing, SIZE, MAX_LINE);
        Piece p = pieces.next();
        assertEquals("first line\nsecond line\n", new String(p.bytes(), 0, p.length(), StandardCharsets.US_ASCII));
        assertTrue(p.failure() instanceof EOFException);
        assertNull(pieces.next());
        assertEquals(bytes.length, pieces.bytesRead());
    }

    @Test
    void anEmptyInputHasNoPieces() {
        assertNull(new LogPieces(new ByteArrayInputStream(new byte[0]), SIZE, MAX_LINE).next());
    }

    private static List<Piece> all(LogPieces pieces) {
        List<Piece> all = new ArrayList<>();
        for (Piece p = pieces.next(); p != null; p = pieces.next()) {
            all.add(p);
        }
        return all;
    }

    /** An input that gives 1 to 300 bytes a read, as a pipe or a decompressor may. */
    private static InputStream trickle(byte[] bytes) {
        Random random = new Random(11);
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(300)));
            }
        };
    }
}
