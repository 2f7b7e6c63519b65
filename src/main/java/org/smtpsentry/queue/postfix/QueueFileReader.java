package org.smtpsentry.queue.postfix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
    /** Given as a set: FileChannel.open(Path, OpenOption...) would copy its array into a new HashSet per file. */
    private static final Set<StandardOpenOption> READ = Set.of(StandardOpenOption.READ);
    private static final ThreadLocal<FirstRead> FIRST_READ = ThreadLocal.withInitial(FirstRead::new);

    /**
     * The buffers of the first read, one pair per thread: reused, they are not zeroed per file (the decoded fields are
     * copied out of them). The channel reads straight into the direct one; into a heap buffer, it would read through
     * a temporary direct buffer of its own, taken from and given back to a per-thread cache at every read.
     */
    private record FirstRead(ByteBuffer direct, byte[] bytes) {
        FirstRead() {
            this(ByteBuffer.allocateDirect(FIRST), new byte[FIRST]);
        }

        QueueFile.Piece read(SeekableByteChannel ch) throws IOException {
            direct.clear();
            // a regular file reads in full but at its end: a short read tells the end (no read that finds nothing)
            int got = Math.max(0, ch.read(direct));
            direct.get(0, bytes, 0, got);
            return new QueueFile.Piece(0, bytes, got, got < FIRST);
        }
    }

    private QueueFileReader() {
    }

    static QueueFile read(Path file, QueueFile.Text keep) throws IOException {
        try (FileChannel ch = FileChannel.open(file, READ)) {
            return read(ch, keep);
        }
    }

    /** The file {@code name} of {@code folder}, opened relative to it (openat: no walk down the whole path). */
    static QueueFile read(SecureDirectoryStream<Path> folder, String name, QueueFile.Text keep) throws IOException {
        try (SeekableByteChannel ch = folder.newByteChannel(Path.of(name), READ)) {
            return read(ch, keep);
        }
    }

    /** Reads from the start of a file just opened. */
    private static QueueFile read(SeekableByteChannel ch, QueueFile.Text keep) throws IOException {
        List<QueueFile.Piece> pieces = new ArrayList<>(3);
        pieces.add(FIRST_READ.get().read(ch)); // a file just opened reads from its start: no seek
        if (keep == QueueFile.Text.WHOLE && !pieces.get(0).toEnd()) {
            ch.position(0); // a long message: all of it, as it is now
            return QueueFile.parse(Channels.newInputStream(ch).readAllBytes(), keep);
        }
        QueueFile q = QueueFile.parse(pieces, keep);
        long budget = MAX_PART - FIRST;
        int next = FIRST;
        while (q.wanted() >= 0 && budget > 0) {
            // each further piece twice the last: a long part takes a few reads, not one per 16 KB
            next = (int) Math.min(budget, (long) next * 2);
            budget -= next;
            ch.position(q.wanted());
            pieces.add(piece(ch, q.wanted(), new byte[next]));
            q = QueueFile.parse(pieces, keep);
        }
        return q;
    }

    /**
     * As many bytes as {@code into} holds from the channel's position, {@code at}; fewer only at the end of the file.
     */
    private static QueueFile.Piece piece(SeekableByteChannel ch, long at, byte[] into) throws IOException {
        // a regular file reads in full but at its end: a short read tells the end, saving the read that finds nothing
        int got = Math.max(0, ch.read(ByteBuffer.wrap(into)));
        return new QueueFile.Piece(at, into, got, got < into.length);
    }
}
