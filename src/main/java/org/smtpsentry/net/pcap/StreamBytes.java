package org.smtpsentry.net.pcap;

import java.nio.ByteBuffer;

/** Where a reassembled TCP direction's bytes go, in order. */
interface StreamBytes {

    void bytes(ByteBuffer b, int offset, int length);

    /** Bytes are missing here (never captured, or the capture began mid-stream): resynchronise on the next line. */
    void gap();
}
