package org.smtpsentry.net.pcap;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A sliding view of a capture's bytes: the readers ask for {@code n} bytes at the current position and read them
 * with absolute gets, so a multi-gigabyte file is parsed without copying packets or allocating per packet.
 */
interface ByteWindow extends AutoCloseable {

    /** Whether {@code n} bytes are available from the current position (refilling or remapping as needed). */
    boolean ensure(int n) throws IOException;

    /** The buffer holding the bytes; valid until the next {@link #ensure}. Big-endian. */
    ByteBuffer buffer();

    /** Index in {@link #buffer()} of the current position. */
    int position();

    /** Moves the current position forward by {@code n} bytes (which {@link #ensure} made available). */
    void advance(int n);

    /** Offset of the current position from the start of the (decompressed) capture. */
    long offset();

    /** Bytes left from the current position that could still be read (for messages about cut captures). */
    int available();

    @Override
    void close() throws IOException;
}
