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
import org.smtpsentry.event.QueueId;
import org.smtpsentry.queue.QueuedMessage;

class QueueFileTest {

    /** A queue file recorded from Postfix 3.7 here: a local submission whose 5,003-character line is in L pieces. */
    @Test
    void readsARecordedQueueFileWithALongLine() throws IOException {
        byte[] b = Files.readAllBytes(Path.of("src/test/resources/queue/postfix/C98BC20C1D8.long-line"));
        QueueFile q = QueueFile.parse(b, true);
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

        QueueFile head = QueueFile.parse(b, false);
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

        QueueFile q = QueueFile.parse(b, true);
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
        QueueFile q = QueueFile.parse(java.util.Arrays.copyOf(b, b.length - 3), true);
        assertFalse(q.complete());
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
