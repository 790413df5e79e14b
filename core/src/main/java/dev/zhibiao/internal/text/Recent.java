package dev.zhibiao.internal.text;

import java.util.function.Function;

/**
 * The results of a pure function of a text for the text objects asked about lately: recovery
 * asks the same questions (a cell's column role, whether it reads as a value) of the same cell
 * text many times over while it tries row shifts and layouts. A direct-mapped table by hash;
 * a hit needs the very same {@code String} object, or an equal one asked about since the same
 * {@link #newDocument()} (readers make a fresh string per cell, so equal texts of one document,
 * {@code %}, {@code ≥}, a repeated label, are other objects); an equal text of another document is
 * computed afresh, so a cache lives no longer than the document being read. A hit costs a hash and
 * an identity check (or a comparison). Safe across threads: each entry is immutable and a racy read
 * sees a whole entry or none; documents read at once on several threads only share a generation.
 *
 * <p>The function is given either to the constructor or by a subclass overriding {@link #compute} (a class
 * of the jar instead of a lambda: each lambda costs a class spun at start-up).
 *
 * @param <V> the result type (null results are kept too)
 */
public class Recent<V> {
    private record Entry<V>(String text, V value, int generation) {
    }

    /** The document generation: entries of an older one are found only by the very same text object. */
    private static final java.util.concurrent.atomic.AtomicInteger GENERATION = new java.util.concurrent.atomic.AtomicInteger();

    /** Starts a document: texts equal to those asked about before are no longer found by equality. */
    public static void newDocument() {
        GENERATION.incrementAndGet();
    }

    private final Function<String, V> f;
    private final Entry<V>[] slots;

    /**
     * @param size a power of two: how many texts are kept
     * @param f    the pure function whose results are kept
     */
    @SuppressWarnings("unchecked")
    public Recent(int size, Function<String, V> f) {
        if (Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("size must be a power of two: " + size);
        }
        this.f = f;
        this.slots = (Entry<V>[]) new Entry<?>[size];
    }

    /**
     * For a subclass that overrides {@link #compute}.
     *
     * @param size a power of two: how many texts are kept
     */
    protected Recent(int size) {
        this(size, null);
    }

    /**
     * @param s a text, not null
     * @return the pure function's result for {@code s}: the constructor's function unless overridden
     */
    protected V compute(String s) {
        return f.apply(s);
    }

    /**
     * @param s a text, not null
     * @return {@code f(s)}, computed once for as long as {@code s} stays in its slot
     */
    public final V get(String s) {
        int slot = s.hashCode() & (slots.length - 1);
        Entry<V> e = slots[slot];
        int generation = GENERATION.get();
        if (e != null && (e.text == s || e.generation == generation && e.text.equals(s))) {
            return e.value;
        }
        V v = compute(s);
        slots[slot] = new Entry<>(s, v, generation);
        return v;
    }

    @Override
    public final String toString() {
        return "Recent[" + slots.length + " slots]";
    }
}
