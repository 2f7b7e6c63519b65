package org.smtpsentry.logs;

import java.util.function.Function;

/**
 * What a program name means to a reader, looked up on every line. The names come from the syslog reader's table of
 * recent values, nearly always the very same string objects: a slot picked by the string's cached hash and compared
 * by reference costs a few instructions, where a {@code HashMap} lookup cost ~150 under C1. A name seen as another
 * object (or one that shares a slot) is looked up again, which is only slower.
 */
public final class NameTable<V> {
    private final Function<String, V> lookUp;
    private final String[] names;
    private final Object[] values;

    /** A table of {@code slots} names (a power of two), each looked up once by {@code lookUp}. */
    public NameTable(int slots, Function<String, V> lookUp) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two: " + slots);
        }
        this.lookUp = lookUp;
        this.names = new String[slots];
        this.values = new Object[slots];
    }

    @SuppressWarnings("unchecked")
    public V get(String name) {
        int slot = name.hashCode() & (names.length - 1);
        if (names[slot] != name) {
            values[slot] = lookUp.apply(name);
            names[slot] = name;
        }
        return (V) values[slot];
    }
}
