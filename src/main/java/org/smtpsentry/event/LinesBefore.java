package org.smtpsentry.event;

/**
 * How many lines of its file come before a piece of it. Pieces of one log are decoded on several threads at once,
 * before the lines ahead of them are all counted: their origins number lines within the piece, and the reader that
 * hands the events out in order sets this before any of them is seen.
 */
public final class LinesBefore {
    private long count;

    public long count() {
        return count;
    }

    public void set(long count) {
        this.count = count;
    }
}
