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
        static final String[] TO;

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
            String[] lines = text.split("\n");
            char[] from = new char[lines.length];
            String[] to = new String[lines.length];
            int n = 0;
            for (String line : lines) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                from[n] = line.charAt(0);
                to[n++] = line.substring(1);
            }
            FROM = Arrays.copyOf(from, n);
            TO = Arrays.copyOf(to, n);
        }
    }

    /**
     * @param ch a character (not a surrogate)
     * @return its simplified form: {@code ch} itself, or the one or two UTF-16 units ICU gives
     */
    static String of(char ch) {
        int i = Arrays.binarySearch(Table.FROM, ch);
        return i >= 0 ? Table.TO[i] : String.valueOf(ch);
    }

    /** @return how many characters the table changes */
    static int size() {
        return Table.FROM.length;
    }
}
