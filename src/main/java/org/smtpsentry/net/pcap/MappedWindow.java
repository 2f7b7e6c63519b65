package org.smtpsentry.net.pcap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A capture file mapped into memory in windows of up to 1 GiB, remapped as the readers move on. */
final class MappedWindow implements ByteWindow {
    private static final long WINDOW = 1L << 30;

    private final FileChannel channel;
    private final long size;
    private ByteBuffer map;
    private long mapStart;
    private int pos;

    MappedWindow(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.READ);
        size = channel.size();
        remap(0);
    }

    private void remap(long start) throws IOException {
        mapStart = start;
        long length = Math.min(WINDOW, size - start);
        map = channel.map(FileChannel.MapMode.READ_ONLY, start, length).order(ByteOrder.BIG_ENDIAN);
        pos = 0;
    }

    @Override
    public boolean ensure(int n) throws IOException {
        if (pos + (long) n <= map.limit()) {
            return true;
        }
        long absolute = mapStart + pos;
        if (absolute + n > size) {
            return false;
        }
        remap(absolute);
        return true;
    }

    @Override
    public ByteBuffer buffer() {
        return map;
    }

    @Override
    public int position() {
        return pos;
    }

    @Override
    public void advance(int n) {
        pos += n;
    }

    @Override
    public long offset() {
        return mapStart + pos;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, size - offset());
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
