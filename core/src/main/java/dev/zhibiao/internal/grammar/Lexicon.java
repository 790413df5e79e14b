package dev.zhibiao.internal.grammar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    private static final char[] NO_KEYS = {};
    private static final Entry[] NO_ENTRIES = {};

    /** A trie node: children sorted by character. */
    private static final class Node {
        // a new node shares the empty arrays (most nodes are leaves); the children's arrays grow by doubling, with
        // spare room past {@code size} (the root has hundreds of children: arrays grown by one were a copy each, half
        // a megabyte of fresh memory at start-up)
        char[] keys = NO_KEYS;
        Node[] next = NO_NODES;
        int size;
        Entry[] entries = NO_ENTRIES;
        long mask;

        Node child(char c) {
            int i = Arrays.binarySearch(keys, 0, size, c);
            return i >= 0 ? next[i] : null;
        }

        Node add(char c) {
            int i = Arrays.binarySearch(keys, 0, size, c);
            if (i >= 0) {
                return next[i];
            }
            int at = -i - 1;
            if (size == keys.length) {
                int room = size == 0 ? 1 : 2 * size;
                keys = Arrays.copyOf(keys, room);
                next = Arrays.copyOf(next, room);
            }
            System.arraycopy(keys, at, keys, at + 1, size - at);
            System.arraycopy(next, at, next, at + 1, size - at);
            keys[at] = c;
            Node n = new Node();
            next[at] = n;
            size++;
            return n;
        }
    }

    private static final Node[] NO_NODES = {};
    private static final Node ROOT = new Node();
    /** A page of {@link #FIRST} whose characters start no word (shared, never written). */
    private static final long[] NO_KINDS = new long[256];
    /**
     * Per character, the kinds a word starting with it has: 256 pages of 256 characters by the high byte, a page
     * made only where some word starts (a few kilobytes, where one flat {@code long[65536]} was 512 KB of fresh
     * memory at start-up).
     */
    private static final long[][] FIRST = noKinds();

    static {
        byte[] bytes;
        try (InputStream in = Lexicon.class.getResourceAsStream("vocabulary.tsv")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary.tsv is missing from the grammar package");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Entry e : parse(bytes)) {
            add(e);
        }
    }

    private Lexicon() {
    }

    /**
     * The entries of {@code vocabulary.tsv}'s UTF-8 bytes, in the file's order: what reading its lines ({@code
     * BufferedReader.readLine}), skipping blank ones and those starting with {@code #}, and splitting each at tabs
     * ({@code String.split} at a tab, trailing empty fields dropped) gave, in one pass over the bytes. Run once at
     * start-up, by the interpreter, where a line's {@code split}, {@code toUpperCase} and {@code Kind.valueOf} cost
     * more than the whole of this: the kind of a line is asked by name only when it is not the previous line's (the
     * file lists its words kind by kind).
     */
    static List<Entry> parse(byte[] b) {
        List<Entry> out = new ArrayList<>(b.length / 16 + 1);
        char[] line = new char[64];
        int[] tabs = new int[8];
        Kind kind = null;
        int no = 0;
        int at = 0;
        int len = b.length;
        while (at < len) {
            no++;
            // decode one line (up to LF, CR or CR LF, as BufferedReader.readLine ends one)
            int k = 0;
            int nt = 0;
            while (at < len && b[at] != '\n' && b[at] != '\r') {
                if (k + 2 > line.length) {
                    line = Arrays.copyOf(line, 2 * line.length);
                }
                int c = b[at] & 0xFF;
                int cp;
                if (c < 0x80) {
                    cp = c;
                    at += 1;
                } else if (c < 0xE0) {
                    cp = (c & 0x1F) << 6 | b[at + 1] & 0x3F;
                    at += 2;
                } else if (c < 0xF0) {
                    cp = (c & 0x0F) << 12 | (b[at + 1] & 0x3F) << 6 | b[at + 2] & 0x3F;
                    at += 3;
                } else {
                    cp = (c & 0x07) << 18 | (b[at + 1] & 0x3F) << 12 | (b[at + 2] & 0x3F) << 6 | b[at + 3] & 0x3F;
                    at += 4;
                }
                if (cp == '\t') {
                    if (nt == tabs.length) {
                        tabs = Arrays.copyOf(tabs, 2 * nt);
                    }
                    tabs[nt++] = k;
                }
                if (cp >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                    line[k++] = Character.highSurrogate(cp);
                    line[k++] = Character.lowSurrogate(cp);
                } else {
                    line[k++] = (char) cp;
                }
            }
            if (at < len && b[at] == '\r' && at + 1 < len && b[at + 1] == '\n') {
                at++;
            }
            at++;
            if (k == 0 || line[0] == '#' || blank(line, k)) {
                continue;
            }
            // the fields split("\t") keeps: trailing empty ones dropped
            int fields = nt + 1;
            while (fields > 1 && (fields - 1 == nt ? k : tabs[fields - 1]) == tabs[fields - 2] + 1) {
                fields--;
            }
            if (fields < 2) {
                throw new IllegalStateException("vocabulary.tsv:" + no + ": expected KIND<TAB>WORD");
            }
            int kindEnd = tabs[0];
            if (kind == null || !isName(line, kindEnd, kind)) {
                kind = Kind.valueOf(new String(line, 0, kindEnd).toUpperCase(java.util.Locale.ROOT));
            }
            String word = field(line, k, tabs, nt, 1);
            String arg1 = fields > 2 ? field(line, k, tabs, nt, 2) : null;
            String arg2 = fields > 3 ? field(line, k, tabs, nt, 3) : null;
            out.add(new Entry(kind, word, arg1, arg2));
        }
        return out;
    }

    /** Whether a line's characters are all white space ({@code String.isBlank}). */
    private static boolean blank(char[] line, int k) {
        for (int i = 0; i < k; i++) {
            if (!Character.isWhitespace(line[i])) {
                return false;
            }
        }
        return true;
    }

    /** The {@code i}th tab-separated field of a line of {@code k} characters with tabs at {@code tabs[0, nt)}. */
    private static String field(char[] line, int k, int[] tabs, int nt, int i) {
        int from = tabs[i - 1] + 1;
        int to = i < nt ? tabs[i] : k;
        return new String(line, from, to - from);
    }

    /** Whether {@code line[0, end)} is the kind's name in any case (what {@code valueOf(toUpperCase)} would find). */
    private static boolean isName(char[] line, int end, Kind kind) {
        String name = kind.name();
        if (name.length() != end) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            char c = line[i];
            if ((c >= 'a' && c <= 'z' ? (char) (c - 32) : c) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static void add(Entry e) {
        String word = e.word();
        long bit = e.kind().bit;
        Node n = ROOT;
        for (int i = 0, len = word.length(); i < len; i++) {
            n = n.add(word.charAt(i));
            n.mask |= bit;
        }
        Entry[] old = n.entries;
        Entry[] es = new Entry[old.length + 1];
        System.arraycopy(old, 0, es, 0, old.length);
        es[old.length] = e;
        n.entries = es;
        char c = word.charAt(0);
        long[] page = FIRST[c >>> 8];
        if (page == NO_KINDS) {
            page = new long[256];
            FIRST[c >>> 8] = page;
        }
        page[c & 0xFF] |= bit;
    }

    private static long[][] noKinds() {
        long[][] pages = new long[256][];
        Arrays.fill(pages, NO_KINDS);
        return pages;
    }

    /** @return whether some word of one of the kinds in {@code mask} starts with {@code c} */
    static boolean starts(char c, long mask) {
        return (FIRST[c >>> 8][c & 0xFF] & mask) != 0;
    }

    /**
     * The longest word of one of the kinds in {@code mask} at {@code s[from..to)}.
     *
     * @return the entry, or null
     */
    static Entry match(char[] s, int from, int to, long mask) {
        if ((FIRST[s[from] >>> 8][s[from] & 0xFF] & mask) == 0) {
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
        if ((FIRST[s[from] >>> 8][s[from] & 0xFF] & mask) == 0) {
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
        for (int i = 0; i < n.size; i++) {
            collect(n.next[i], kind, out);
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
