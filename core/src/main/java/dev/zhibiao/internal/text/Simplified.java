package dev.zhibiao.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
            String text;
            try (InputStream in = Simplified.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " missing from zhibiao-core");
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // one pass over the lines without splitting them (read at start-up, interpreted)
            int lines = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lines++;
                }
            }
            char[] from = new char[lines];
            char[] to = new char[lines];
            String[] pairs = new String[lines];
            int n = 0;
            int at = 0;
            while (at < text.length()) {
                int nl = text.indexOf('\n', at);
                int end = nl < 0 ? text.length() : nl;
                if (end > at && text.charAt(at) != '#') {
                    from[n] = text.charAt(at);
                    if (end - at == 2) {
                        to[n] = text.charAt(at + 1);
                    } else {
                        pairs[n] = text.substring(at + 1, end);
                    }
                    n++;
                }
                at = end + 1;
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
