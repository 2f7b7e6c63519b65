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

    /** A decoder that reads each line on its own, or not. */
    private static final class Decoder implements LineDecoder {
        final int number;
        final boolean independent;

        Decoder(int number, boolean independent) {
            this.number = number;
            this.independent = independent;
        }

        @Override
        public void decode(String line, Origin origin, EventSink sink) {
        }

        @Override
        public boolean independentLines() {
            return independent;
        }
    }

    private record Decoding(int piece, int decoder, String thread) {
    }

    private final AtomicInteger decodersMade = new AtomicInteger();
    private final List<Decoding> decodings = Collections.synchronizedList(new ArrayList<>());

    /** One piece per line: "000" to "119". */
    private LogPieces pieces() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < PIECES; i++) {
            text.append("0%02d\n".formatted(i % 100));
        }
        return new LogPieces(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.US_ASCII)), 4, 3);
    }

    private DecodedPieces decoded(LogPieces pieces, boolean independentLines) {
        return new DecodedPieces("test", pieces, pieces.next(),
                () -> new Decoder(decodersMade.getAndIncrement(), independentLines), this::decode);
    }

    private Decoded decode(Piece piece, LineDecoder decoder) {
        Decoder d = (Decoder) decoder;
        decodings.add(new Decoding(piece.number(), d.number, Thread.currentThread().getName()));
        LockSupport.parkNanos(200_000);
        return new Decoded(piece, new LinesBefore(), new MailEvent[0], null, d.number, false);
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
        List<Decoded> all = all(decoded(pieces(), true));
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
    void aFormatWithStateIsReadByOneDecoderInOrderOnItsThread() {
        List<Decoded> all = all(decoded(pieces(), false));
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
        LogPieces pieces = pieces();
        DecodedPieces decoded = new DecodedPieces("test", pieces, pieces.next(), () -> new Decoder(0, false),
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
        DecodedPieces decoded = decoded(pieces, true);
        List<Integer> handedOut = new ArrayList<>();
        assertSame(bug, assertThrows(IllegalStateException.class, () -> {
            for (Decoded d = decoded.next(); d != null; d = decoded.next()) {
                handedOut.add(d.piece().number());
            }
        }));
        assertEquals(List.of(0, 1, 2, 3), handedOut, "the lines before the failure");
    }
}
