package dev.zhibiao.internal.grammar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The vocabulary of the value grammar, read once from {@code vocabulary.tsv} (next to this class)
 * into a character trie. Each word has a {@link Kind} and up to three arguments; a word may have
 * several kinds ({@code -} is a minus sign and a range dash), and a lookup asks for the longest
 * word of the kinds the grammar expects at that point.
 */
final class Lexicon {

    /** What a word is. The names are the first column of {@code vocabulary.tsv}. */
    enum Kind {
        DIGIT, SMALL, BIG, POINT, MINUS, APPROX, PLACEHOLDER, HALF, DOZEN, FRACTION, AND,
        PERCENT, DISCOUNT, POINTS, MEASURE, JOIN, UNIT, NUMUNIT,
        PRE, SUF, RANGE, REF, CMP, REFCMP, CHANGE, ADVERB,
        YEAR, MONTH, DAY, PART, DATEWORD, DATEPOST, DATEPRE,
        SEP, COLON, BY, BOTH, OPEN, CLOSE, NOTE;

        final long bit = 1L << ordinal();
    }

    /** One vocabulary entry. */
    record Entry(Kind kind, String word, String arg1, String arg2) {
    }

    /** A trie node: children sorted by character. */
    private static final class Node {
        char[] keys = new char[0];
        Node[] next = new Node[0];
        Entry[] entries = new Entry[0];
        long mask;

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? next[i] : null;
        }

        Node add(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return next[i];
            }
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            Node[] n = new Node[next.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(next, 0, n, 0, at);
            k[at] = c;
            n[at] = new Node();
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(next, at, n, at + 1, next.length - at);
            keys = k;
            next = n;
            return n[at];
        }
    }

    private static final Node ROOT = new Node();
    /** Fast path for single characters below U+3000 and CJK: the kinds a word starting here has. */
    private static final long[] FIRST = new long[65536];

    static {
        try (InputStream in = Lexicon.class.getResourceAsStream("vocabulary.tsv")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary.tsv is missing from the grammar package");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 2) {
                    throw new IllegalStateException("vocabulary.tsv:" + no + ": expected KIND<TAB>WORD");
                }
                Kind k = Kind.valueOf(f[0].toUpperCase(java.util.Locale.ROOT));
                add(new Entry(k, f[1], f.length > 2 ? f[2] : null, f.length > 3 ? f[3] : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Lexicon() {
    }

    private static void add(Entry e) {
        Node n = ROOT;
        for (int i = 0; i < e.word().length(); i++) {
            n = n.add(e.word().charAt(i));
            n.mask |= e.kind().bit;
        }
        Entry[] es = Arrays.copyOf(n.entries, n.entries.length + 1);
        es[es.length - 1] = e;
        n.entries = es;
        FIRST[e.word().charAt(0)] |= e.kind().bit;
    }

    /** @return whether some word of one of the kinds in {@code mask} starts with {@code c} */
    static boolean starts(char c, long mask) {
        return (FIRST[c] & mask) != 0;
    }

    /**
     * The longest word of one of the kinds in {@code mask} at {@code s[from..to)}.
     *
     * @return the entry, or null
     */
    static Entry match(char[] s, int from, int to, long mask) {
        if ((FIRST[s[from]] & mask) == 0) {
            return null;
        }
        Node n = ROOT;
        Entry best = null;
        for (int i = from; i < to; i++) {
            n = n.child(s[i]);
            if (n == null || (n.mask & mask) == 0) {
                break;
            }
            for (Entry e : n.entries) {
                if ((e.kind().bit & mask) != 0) {
                    best = e;
                    break;
                }
            }
        }
        return best;
    }

    /**
     * All entries of the longest word of one of the kinds in {@code mask} at {@code s[from..to)}:
     * a word may have several kinds ({@code 完成} is a filler before and after a number).
     *
     * @return the entries of those kinds, or null
     */
    static Entry[] matchAll(char[] s, int from, int to, long mask) {
        if ((FIRST[s[from]] & mask) == 0) {
            return null;
        }
        Node n = ROOT;
        Node best = null;
        for (int i = from; i < to; i++) {
            n = n.child(s[i]);
            if (n == null || (n.mask & mask) == 0) {
                break;
            }
            for (Entry e : n.entries) {
                if ((e.kind().bit & mask) != 0) {
                    best = n;
                    break;
                }
            }
        }
        if (best == null) {
            return null;
        }
        int k = 0;
        for (Entry e : best.entries) {
            if ((e.kind().bit & mask) != 0) {
                k++;
            }
        }
        if (k == best.entries.length) {
            return best.entries;
        }
        Entry[] out = new Entry[k];
        k = 0;
        for (Entry e : best.entries) {
            if ((e.kind().bit & mask) != 0) {
                out[k++] = e;
            }
        }
        return out;
    }

    /** @return all words of a kind, for tests and generators */
    static List<Entry> all(Kind kind) {
        List<Entry> out = new ArrayList<>();
        collect(ROOT, kind, out);
        return out;
    }

    private static void collect(Node n, Kind kind, List<Entry> out) {
        for (Entry e : n.entries) {
            if (e.kind() == kind) {
                out.add(e);
            }
        }
        for (Node c : n.next) {
            collect(c, kind, out);
        }
    }

    static long mask(Kind... kinds) {
        long m = 0;
        for (Kind k : kinds) {
            m |= k.bit;
        }
        return m;
    }
}
