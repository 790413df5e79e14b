package dev.zhibiao.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The Traditional→Simplified table, per character: ICU's {@code Traditional-Simplified} transform
 * applied to every character of the Basic Multilingual Plane, kept as the generated resource
 * {@code t2s.txt} so that ICU (15 MB) is not needed at run time. {@code SimplifiedTableTest}
 * regenerates the table from ICU (a test dependency) and checks it over every character.
 *
 * <p>The resource is read on first use: about 3,100 lines, one a character that changes, the
 * traditional character then its simplified form (one UTF-16 unit, or two for the 168
 * characters whose simplified form lies outside the BMP). Held as two sorted {@code char}
 * arrays and, for the supplementary results, a parallel array of strings.
 */
final class Simplified {
    private static final String RESOURCE = "t2s.txt";

    private Simplified() {
    }

    /** Loaded on first use (class initialisation is lazy and thread-safe). */
    private static final class Table {
        static final char[] FROM;
        /** The simplified form when it is one UTF-16 unit, else 0 and the form is in {@link #PAIRS}. */
        static final char[] TO;
        static final String[] PAIRS;

        static {
            byte[] bytes;
            try (InputStream in = Simplified.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " missing from zhibiao-core");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // Read at start-up, interpreted: the UTF-8 bytes are decoded line by line into a small buffer here, in
            // one pass over a byte array (a String of the text and charAt loops over it cost four times as much
            // there). A line holds at least three bytes (two characters and its line break), so that many entries
            // at most.
            int max = bytes.length / 3 + 1;
            char[] from = new char[max];
            char[] to = new char[max];
            String[] pairs = new String[max];
            char[] line = new char[8];
            int n = 0;
            int at = 0;
            while (at < bytes.length) {
                if (bytes[at] == '#') {
                    while (at < bytes.length && bytes[at] != '\n') {
                        at++;
                    }
                    at++;
                    continue;
                }
                int k = 0;
                while (at < bytes.length && bytes[at] != '\n') {
                    if (k + 2 > line.length) {
                        line = Arrays.copyOf(line, 2 * line.length);
                    }
                    int c = bytes[at] & 0xFF;
                    int cp;
                    if (c < 0x80) {
                        cp = c;
                        at += 1;
                    } else if (c < 0xE0) {
                        cp = (c & 0x1F) << 6 | bytes[at + 1] & 0x3F;
                        at += 2;
                    } else if (c < 0xF0) {
                        cp = (c & 0x0F) << 12 | (bytes[at + 1] & 0x3F) << 6 | bytes[at + 2] & 0x3F;
                        at += 3;
                    } else {
                        cp = (c & 0x07) << 18 | (bytes[at + 1] & 0x3F) << 12 | (bytes[at + 2] & 0x3F) << 6
                                | bytes[at + 3] & 0x3F;
                        at += 4;
                    }
                    if (cp >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                        line[k++] = Character.highSurrogate(cp);
                        line[k++] = Character.lowSurrogate(cp);
                    } else {
                        line[k++] = (char) cp;
                    }
                }
                at++;
                if (k > 0) {
                    from[n] = line[0];
                    if (k == 2) {
                        to[n] = line[1];
                    } else {
                        pairs[n] = new String(line, 1, k - 1);
                    }
                    n++;
                }
            }
            FROM = Arrays.copyOf(from, n);
            TO = Arrays.copyOf(to, n);
            PAIRS = Arrays.copyOf(pairs, n);
        }
    }

    /**
     * @param ch a character (not a surrogate)
     * @return its simplified form: {@code ch} itself, or the one or two UTF-16 units ICU gives
     */
    static String of(char ch) {
        int i = Arrays.binarySearch(Table.FROM, ch);
        if (i < 0) {
            return String.valueOf(ch);
        }
        return Table.TO[i] != 0 ? String.valueOf(Table.TO[i]) : Table.PAIRS[i];
    }

    /** @return how many characters the table changes */
    static int size() {
        return Table.FROM.length;
    }
}
