package org.smtpsentry.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.smtpsentry.event.LinesBefore;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.Origin;
import org.smtpsentry.logs.DecodedPieces.Decoded;
import org.smtpsentry.logs.LogPieces.Piece;

/**
 * The hand-over of decoded pieces, with a decoding that only notes which decoder read which piece on which thread
 * (its {@code lines} carry the decoder's number) and takes a little time, so that the consumer decodes too.
 */
class DecodedPiecesTest {
    private static final int PIECES = 120;

    /** A decoder that keeps state once it read a line starting with "S". */
    private static final class Decoder implements LineDecoder {
        final int number;
        boolean state;

        Decoder(int number, boolean state) {
            this.number = number;
            this.state = state;
        }

        @Override
        public void decode(String line, Origin origin, EventSink sink) {
        }

        @Override
        public boolean independentLines() {
            return !state;
        }
    }

    private record Decoding(int piece, int decoder, String thread) {
    }

    private final AtomicInteger decodersMade = new AtomicInteger();
    private final List<Decoding> decodings = Collections.synchronizedList(new ArrayList<>());

    /** One piece per line: "000" to "119", line {@code stateAt} starting with "S". */
    private LogPieces pieces(int stateAt) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < PIECES; i++) {
            text.append(i == stateAt ? "S" : "0").append("%02d\n".formatted(i % 100));
        }
        return new LogPieces(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.US_ASCII)), 4, 3);
    }

    private DecodedPieces decoded(LogPieces pieces, boolean stateFromTheStart) {
        return new DecodedPieces("test", pieces, pieces.next(),
                () -> new Decoder(decodersMade.getAndIncrement(), stateFromTheStart), this::decode);
    }

    private Decoded decode(Piece piece, LineDecoder decoder) {
        Decoder d = (Decoder) decoder;
        d.state |= piece.bytes()[0] == 'S';
        decodings.add(new Decoding(piece.number(), d.number, Thread.currentThread().getName()));
        LockSupport.parkNanos(200_000);
        return new Decoded(piece, new LinesBefore(), new MailEvent[0], null, d.number, d.independentLines());
    }

    private static List<Decoded> all(DecodedPieces decoded) {
        List<Decoded> all = new ArrayList<>();
        for (Decoded d = decoded.next(); d != null; d = decoded.next()) {
            all.add(d);
        }
        return all;
    }

    @Test
    void piecesAreHandedOutInOrderWhicheverThreadDecodedThem() {
        List<Decoded> all = all(decoded(pieces(-1), false));
        assertEquals(PIECES, all.size());
        for (int i = 0; i < PIECES; i++) {
            assertEquals(i, all.get(i).piece().number());
        }
        Set<String> threads = ConcurrentHashMap.newKeySet();
        decodings.forEach(d -> threads.add(d.thread()));
        assertEquals(Set.of(Thread.currentThread().getName(), "read test"), threads);
        assertEquals(PIECES, decodings.size(), "each piece decoded once");
    }

    @Test
    void fromThePieceWhereADecoderKeptStateOneDecoderReadsEveryPieceAgainInOrder() {
        int stateAt = 50;
        List<Decoded> all = all(decoded(pieces(stateAt), false));
        assertEquals(PIECES, all.size());
        int inOrder = all.get(stateAt).lines(); // the decoder's number
        for (int i = 0; i < PIECES; i++) {
            assertEquals(i, all.get(i).piece().number());
            if (i >= stateAt) {
                assertEquals(inOrder, all.get(i).lines(), "piece " + i + " read by the decoder in order");
            }
        }
        assertTrue(all.subList(0, stateAt).stream().noneMatch(d -> d.lines() == inOrder));
        List<Integer> itsPieces = decodings.stream().filter(d -> d.decoder() == inOrder).map(Decoding::piece).toList();
        List<Integer> expected = new ArrayList<>();
        for (int i = stateAt; i < PIECES; i++) {
            expected.add(i);
        }
        assertEquals(expected, itsPieces);
        assertTrue(decodings.stream().filter(d -> d.decoder() == inOrder).allMatch(d -> d.thread().equals("read test")));
    }

    @Test
    void aFormatWithStateIsReadByOneDecoderInOrderOnItsThread() {
        List<Decoded> all = all(decoded(pieces(-1), true));
        assertEquals(PIECES, all.size());
        assertEquals(PIECES, decodings.size());
        for (int i = 0; i < PIECES; i++) {
            assertEquals(i, decodings.get(i).piece());
            assertEquals(0, decodings.get(i).decoder());
            assertEquals("read test", decodings.get(i).thread());
        }
    }

    @Test
    void aDecoderThatFailsOnItsThreadFailsTheConsumer() {
        IllegalStateException bug = new IllegalStateException("a parser's bug");
        LogPieces pieces = pieces(-1);
        DecodedPieces decoded = new DecodedPieces("test", pieces, pieces.next(), () -> new Decoder(0, true),
                (piece, decoder) -> {
                    if (piece.number() == 3) {
                        throw bug;
                    }
                    return decode(piece, decoder);
                });
        for (int i = 0; i < 3; i++) {
            assertNotEquals(null, decoded.next());
        }
        assertSame(bug, assertThrows(IllegalStateException.class, decoded::next));
    }

    @Test
    void aBugWhileReadingFailsTheConsumerOnceThePiecesReadBeforeAreHandedOut() {
        IllegalStateException bug = new IllegalStateException("a decompressor's bug");
        byte[] text = "000\n001\n002\n003\n004\n005\n".getBytes(StandardCharsets.US_ASCII);
        InputStream failing = new InputStream() {
            private int at;

            @Override
            public int read() {
                if (at == 16) {
                    throw bug;
                }
                return at < text.length ? text[at++] : -1;
            }
        };
        LogPieces pieces = new LogPieces(failing, 4, 3);
        DecodedPieces decoded = decoded(pieces, false);
        List<Integer> handedOut = new ArrayList<>();
        assertSame(bug, assertThrows(IllegalStateException.class, () -> {
            for (Decoded d = decoded.next(); d != null; d = decoded.next()) {
                handedOut.add(d.piece().number());
            }
        }));
        assertEquals(List.of(0, 1, 2, 3), handedOut, "the lines before the failure");
    }
}
