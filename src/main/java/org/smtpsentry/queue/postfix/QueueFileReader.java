package org.smtpsentry.queue.postfix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a queue file with as few system calls as it allows: one open, one read of the first {@link #FIRST} bytes
 * (the whole file, for most messages), and further reads only of what the decoding asks for next (the extracted
 * records after a long text, the rest of a long header section). Reading is bounded: at most {@link #MAX_PART}
 * bytes when the whole text is not wanted; a whole text longer than the first read is read whole.
 */
final class QueueFileReader {
    /** The first read: envelope, headers and extracted records of a typical message. */
    static final int FIRST = 16 * 1024;
    /** The most read of one file when its whole text is not wanted: far above Postfix's header_size_limit (100 KB). */
    static final int MAX_PART = 4 << 20;
    /** Its reuse saves zeroing a new buffer per file (the decoded fields are copied out of it). */
    private static final ThreadLocal<byte[]> FIRST_BUFFER = ThreadLocal.withInitial(() -> new byte[FIRST]);

    private QueueFileReader() {
    }

    static QueueFile read(Path file, QueueFile.Text keep) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            List<QueueFile.Piece> pieces = new ArrayList<>(3);
            pieces.add(read(ch, 0, FIRST_BUFFER.get()));
            if (keep == QueueFile.Text.WHOLE && !pieces.get(0).toEnd()) {
                return QueueFile.parse(Files.readAllBytes(file), keep); // a long message: all of it, as it is now
            }
            QueueFile q = QueueFile.parse(pieces, keep);
            long budget = MAX_PART - FIRST;
            int next = FIRST;
            while (q.wanted() >= 0 && budget > 0) {
                // each further piece twice the last: a long part takes a few reads, not one per 16 KB
                next = (int) Math.min(budget, (long) next * 2);
                budget -= next;
                pieces.add(read(ch, q.wanted(), new byte[next]));
                q = QueueFile.parse(pieces, keep);
            }
            return q;
        }
    }

    /** As many bytes as {@code into} holds from {@code at}, fewer only at the end of the file. */
    private static QueueFile.Piece read(FileChannel ch, long at, byte[] into) throws IOException {
        // a regular file reads in full but at its end: a short read tells the end, saving the read that finds nothing
        int got = Math.max(0, ch.read(ByteBuffer.wrap(into), at));
        return new QueueFile.Piece(at, into, got, got < into.length);
    }
}
