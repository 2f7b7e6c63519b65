package org.smtpsentry.queue.postfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.queue.QueueEntry;
import org.smtpsentry.queue.QueuedMessage;

class QueueFileTest {

    /** A queue file recorded from Postfix 3.7 here: a local submission whose 5,003-character line is in L pieces. */
    @Test
    void readsARecordedQueueFileWithALongLine() throws IOException {
        byte[] b = Files.readAllBytes(Path.of("src/test/resources/queue/postfix/C98BC20C1D8.long-line"));
        QueueFile q = QueueFile.parse(b, QueueFile.Text.WHOLE);
        assertTrue(q.complete());
        assertEquals("long@example.test", q.sender());
        assertEquals(List.of("far@remote.test"), q.recipients());
        assertEquals(5295, q.size());
        assertEquals(Instant.ofEpochSecond(1795439750), q.arrival());
        String text = new String(q.text(), StandardCharsets.UTF_8);
        assertTrue(text.contains("\n\n" + "x".repeat(5000) + "END\nlast line\n"), text.substring(0, 300));
        assertTrue(text.startsWith("Received: by mail.example.test (Postfix, from userid 0)\n"));

        QueuedMessage m = PostfixQueue.message(new QueueId("C98BC20C1D8"), "deferred", q);
        assertEquals("0", m.localUser());
        assertEquals("", m.client());
        assertEquals("long line", m.subject());

        QueueFile head = QueueFile.parse(b, QueueFile.Text.HEADERS);
        assertFalse(new String(head.text(), StandardCharsets.UTF_8).contains("xxx"), "headers only");
        assertEquals(List.of("far@remote.test"), head.recipients());
    }

    /** Built record by record: SASL attributes, a done recipient, a pointer record and a multi-byte length. */
    @Test
    void followsPointersSkipsDoneRecipientsAndReadsAttributes() {
        Records r = new Records();
        r.add('C', "%15d %15d %15d %15d %15d %15d".formatted(1300, 0, 3, 0, 1300, 0));
        r.add('T', "1700000000 123");
        r.add('A', "sasl_method=LOGIN");
        r.add('A', "sasl_username=victim@example.test");
        r.add('A', "client_address=203.0.113.9");
        r.add('S', "sales@forged.test");
        r.add('D', "done@far.test");
        r.add('R', "a@victims.test");
        r.add('/', "cancelled@far.test");
        r.add('R', "b@victims.test");
        r.add('M', "");
        int pointerAt = r.size();
        r.add('p', "%15d".formatted(0)); // patched below to jump over the dead header
        r.add('N', "Subject: old subject");
        int afterDead = r.size();
        r.add('N', "Received: from client (unknown [203.0.113.9])");
        r.add('N', "\tby mail.example.test (Postfix) with ESMTPA id 4AbC;");
        r.add('N', "Subject: Buy now");
        r.add('N', "");
        r.add('N', "B".repeat(1200)); // length needs two bytes
        r.add('X', "");
        r.add('R', "extracted@victims.test");
        r.add('E', "");
        byte[] b = r.bytes();
        byte[] target = "%15d".formatted(afterDead).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(target, 0, b, pointerAt + 2, 15);

        QueueFile q = QueueFile.parse(b, QueueFile.Text.WHOLE);
        assertTrue(q.complete());
        assertEquals(List.of("a@victims.test", "b@victims.test", "extracted@victims.test"), q.recipients());
        String text = new String(q.text(), StandardCharsets.UTF_8);
        assertFalse(text.contains("old subject"), text);
        assertTrue(text.endsWith("\n\n" + "B".repeat(1200) + "\n"));

        QueuedMessage m = PostfixQueue.message(new QueueId("4AbC"), "deferred", q);
        assertEquals("victim@example.test", m.login());
        assertEquals("203.0.113.9", m.client());
        assertEquals("Buy now", m.subject());
        assertEquals("sales@forged.test", m.sender().address());
        assertEquals(1300, m.size());
    }

    @Test
    void aTruncatedFileIsIncompleteNotAnError() {
        Records r = new Records();
        r.add('T', "1700000000 0");
        r.add('S', "a@b.test");
        byte[] b = r.bytes();
        QueueFile q = QueueFile.parse(java.util.Arrays.copyOf(b, b.length - 3), QueueFile.Text.WHOLE);
        assertFalse(q.complete());
    }

    /** Envelope-only reading gives the same selection fields as the full read, on the recorded file too. */
    @Test
    void envelopeOnlyReadingGivesTheSameFieldsAsTheFullRead() throws IOException {
        byte[] recorded = Files.readAllBytes(Path.of("src/test/resources/queue/postfix/C98BC20C1D8.long-line"));
        for (byte[] b : List.of(recorded, saslMessage())) {
            QueuedMessage full = PostfixQueue.message(new QueueId("C98BC20C1D8"), "deferred",
                    QueueFile.parse(b, QueueFile.Text.WHOLE));
            QueueFile envelope = QueueFile.parse(b, QueueFile.Text.NONE);
            assertTrue(envelope.complete());
            assertSameEnvelope(full, PostfixQueue.message(new QueueId("C98BC20C1D8"), "deferred", envelope));
        }
        // a local submission keeps its headers (the Received header names the user), an SMTP one skips the text
        assertTrue(QueueFile.parse(recorded, QueueFile.Text.NONE).text().length > 0);
        assertEquals(0, QueueFile.parse(saslMessage(), QueueFile.Text.NONE).text().length);
    }

    /**
     * Read in two pieces, the file cut anywhere: the decoding asks for the offset where its bytes ran out, and with
     * that piece added gives what the whole file gives.
     */
    @Test
    void readingInPiecesCutAnywhereGivesWhatTheWholeFileGives() {
        byte[] b = saslMessage();
        for (QueueFile.Text keep : QueueFile.Text.values()) {
            QueueFile whole = QueueFile.parse(b, keep);
            for (int cut = 1; cut < b.length; cut++) {
                QueueFile.Piece head = new QueueFile.Piece(0, b, cut, false);
                QueueFile first = QueueFile.parse(List.of(head), keep);
                assertTrue(first.wanted() >= 0 && first.wanted() < b.length, keep + " cut at " + cut);
                byte[] rest = java.util.Arrays.copyOfRange(b, (int) first.wanted(), b.length);
                QueueFile.Piece tail = new QueueFile.Piece(first.wanted(), rest, rest.length, true);
                QueueFile q = QueueFile.parse(List.of(head, tail), keep);
                if (q.wanted() >= 0) { // a pointer back into bytes not read yet: one more piece
                    byte[] all = java.util.Arrays.copyOfRange(b, (int) q.wanted(), b.length);
                    q = QueueFile.parse(List.of(head, tail,
                            new QueueFile.Piece(q.wanted(), all, all.length, true)), keep);
                }
                assertEquals(-1, q.wanted(), keep + " cut at " + cut);
                assertEquals(whole.recipients(), q.recipients(), keep + " cut at " + cut);
                assertEquals(whole.attributes(), q.attributes());
                assertEquals(whole.sender(), q.sender());
                assertEquals(whole.complete(), q.complete());
                assertEquals(new String(whole.text(), StandardCharsets.UTF_8),
                        new String(q.text(), StandardCharsets.UTF_8), keep + " cut at " + cut);
            }
        }
    }

    /** From a file: a long body is skipped (read in its first 16 KB and its extracted records), not read. */
    @Test
    void theReaderSkipsALongBodyButFindsTheExtractedRecipients(@TempDir Path dir) throws IOException {
        Records r = new Records();
        String body = "B".repeat(900);
        int lines = 200;
        r.add('C', "%15d %15d %15d %15d %15d %15d".formatted(0, 0, 2, 0, 0, 0));
        int sizeRecord = 0;
        r.add('T', "1700000000 0");
        r.add('A', "client_address=203.0.113.9");
        r.add('A', "sasl_username=victim@example.test");
        r.add('S', "sales@forged.test");
        r.add('R', "a@victims.test");
        r.add('M', "");
        int dataOffset = r.size();
        r.add('N', "Subject: big");
        r.add('N', "");
        for (int i = 0; i < lines; i++) {
            r.add('N', body);
        }
        int textSize = r.size() - dataOffset;
        r.add('X', "");
        r.add('R', "extracted@victims.test");
        r.add('E', "");
        byte[] b = r.bytes();
        byte[] c = "%15d %15d".formatted(textSize, dataOffset).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(c, 0, b, sizeRecord + 2, c.length);
        Path file = dir.resolve("4AbCdEf");
        Files.write(file, b);

        QueueFile envelope = QueueFileReader.read(file, QueueFile.Text.NONE);
        assertTrue(envelope.complete());
        assertEquals(List.of("a@victims.test", "extracted@victims.test"), envelope.recipients());
        assertEquals(textSize, envelope.size());
        QueueFile headers = QueueFileReader.read(file, QueueFile.Text.HEADERS);
        assertEquals("Subject: big\n\n", new String(headers.text(), StandardCharsets.UTF_8));
        assertEquals(envelope.recipients(), headers.recipients());
        QueueFile whole = QueueFileReader.read(file, QueueFile.Text.WHOLE);
        assertEquals(envelope.recipients(), whole.recipients());
        assertEquals("Subject: big\n\n" + (body + "\n").repeat(lines), new String(whole.text(),
                StandardCharsets.UTF_8), "the whole text is there");
    }

    /** The queue folder is listed by names alone: hash sub-folders, queue ids; anything else is left out. */
    @Test
    void listsHashedQueueFolders(@TempDir Path dir) throws IOException {
        byte[] recorded = Files.readAllBytes(Path.of("src/test/resources/queue/postfix/C98BC20C1D8.long-line"));
        Files.createDirectories(dir.resolve("deferred/C"));
        Files.createDirectories(dir.resolve("hold/C/9"));
        Files.createDirectories(dir.resolve("active"));
        Files.write(dir.resolve("deferred/C/C98BC20C1D8"), recorded);
        Files.write(dir.resolve("hold/C/9/C98BC20C1D9"), recorded);
        Files.writeString(dir.resolve("deferred/C/notes.txt"), "not a queue file");
        PostfixQueue queue = new PostfixQueue(null, dir);
        List<String> found = queue.entries().stream().map(e -> e.id().value()).sorted().toList();
        assertEquals(List.of("C98BC20C1D8", "C98BC20C1D9"), found);
        QueuedMessage m = queue.entries().get(0).loadEnvelope().orElseThrow().message();
        assertEquals("long@example.test", m.sender().address());
        assertEquals("0", m.localUser());
        for (QueueEntry.Depth depth : QueueEntry.Depth.values()) {
            List<QueuedMessage> read = queue.readAll(depth).map(r -> r.loaded().message())
                    .sorted(java.util.Comparator.comparing(q -> q.id().value())).toList();
            assertEquals(found, read.stream().map(q -> q.id().value()).toList(), "read as listed, " + depth);
            assertEquals(List.of("deferred", "hold"), read.stream().map(QueuedMessage::queue).toList());
            assertEquals("long@example.test", read.get(1).sender().address());
        }
    }

    /** More files than a batch, in a hashed queue: every one is read once, whatever reader reads it. */
    @Test
    void readsEveryFileOfManyBatchesOnce(@TempDir Path dir) throws IOException {
        byte[] recorded = Files.readAllBytes(Path.of("src/test/resources/queue/postfix/C98BC20C1D8.long-line"));
        List<String> written = new java.util.ArrayList<>();
        for (int i = 0; i < 3 * QueueFolder.BATCH + 7; i++) {
            String id = "%X%010X".formatted(i % 2, i); // two folders of two batches each
            Files.createDirectories(dir.resolve("deferred").resolve(id.substring(0, 1)));
            Files.write(dir.resolve("deferred").resolve(id.substring(0, 1)).resolve(id), recorded);
            written.add(id);
        }
        Files.createDirectories(dir.resolve("active"));
        Files.write(dir.resolve("active/ACT0000001"), recorded);
        written.add("ACT0000001");
        PostfixQueue queue = new PostfixQueue(null, dir);
        List<String> read = queue.readAll(QueueEntry.Depth.ENVELOPE).map(r -> r.entry().id().value()).sorted()
                .toList();
        assertEquals(written.stream().sorted().toList(), read);
    }

    private static void assertSameEnvelope(QueuedMessage full, QueuedMessage envelope) {
        assertEquals(full.sender(), envelope.sender());
        assertEquals(full.recipients(), envelope.recipients());
        assertEquals(full.size(), envelope.size());
        assertEquals(full.arrival(), envelope.arrival());
        assertEquals(full.login(), envelope.login());
        assertEquals(full.client(), envelope.client());
        assertEquals(full.localUser(), envelope.localUser());
        assertEquals(full.queue(), envelope.queue());
    }

    /** An SMTP submission with SASL attributes, a pointer record, a body and an extracted recipient. */
    private static byte[] saslMessage() {
        Records r = new Records();
        r.add('C', "%15d %15d %15d %15d %15d %15d".formatted(0, 0, 3, 0, 0, 0));
        r.add('T', "1700000000 123");
        r.add('A', "sasl_method=LOGIN");
        r.add('A', "sasl_username=victim@example.test");
        r.add('A', "client_address=203.0.113.9");
        r.add('S', "sales@forged.test");
        r.add('D', "done@far.test");
        r.add('R', "a@victims.test");
        int pointerAt = r.size();
        r.add('p', "%15d".formatted(0)); // patched below: jumps over a cancelled recipient
        r.add('/', "cancelled@far.test");
        int afterCancelled = r.size();
        r.add('R', "b@victims.test");
        r.add('M', "");
        int dataOffset = r.size();
        r.add('N', "Received: from client (unknown [203.0.113.9])");
        r.add('N', "Subject: Buy now");
        r.add('N', "");
        r.add('N', "B".repeat(1200));
        r.add('N', "last line");
        int textSize = r.size() - dataOffset;
        r.add('X', "");
        r.add('R', "extracted@victims.test");
        r.add('E', "");
        byte[] b = r.bytes();
        byte[] c = "%15d %15d".formatted(textSize, dataOffset).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(c, 0, b, 2, c.length);
        byte[] target = "%15d".formatted(afterCancelled).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(target, 0, b, pointerAt + 2, 15);
        return b;
    }

    /** Writes Postfix records: type, length in 7-bit groups low first, data. */
    static final class Records {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void add(char type, String data) {
            byte[] d = data.getBytes(StandardCharsets.UTF_8);
            out.write(type);
            int len = d.length;
            do {
                int c = len & 0x7f;
                len >>>= 7;
                out.write(len != 0 ? c | 0x80 : c);
            } while (len != 0);
            out.writeBytes(d);
        }

        int size() {
            return out.size();
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
