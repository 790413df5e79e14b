package dev.zhibiao.parsers;

import dev.zhibiao.read.Limits;
import dev.zhibiao.read.ReadException;
import java.lang.ref.WeakReference;

/** Line breaks of a text rendering: every convention read as LF, and the line length limit. */
final class Lines {
    private Lines() {
    }

    /**
     * CR LF, a lone CR (old Mac text), and the Unicode line and paragraph separators (U+2028,
     * U+2029) all become LF, so every reader and the detector see the same lines; a leading
     * byte-order mark is dropped. The text is returned as is when it has none of them.
     *
     * @param text a document's text
     * @return the text with LF line breaks only
     */
    static String normalize(String text) {
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        // three searches by String.indexOf (vectorised by the JIT), not a comparison loop over every character;
        // a Latin-1 string cannot hold the two separators, and its search for them returns at once
        boolean any = text.indexOf('\r', start) >= 0 || text.indexOf('\u2028', start) >= 0
                || text.indexOf('\u2029', start) >= 0;
        if (!any) {
            return start == 0 ? text : text.substring(start);
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u2028' || c == '\u2029') {
                b.append('\n');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The lines of a text, split at CR LF, CR or LF, trailing empty lines kept: what
     * {@code text.split("\\r?\\n|\\r", -1)} gives, by a scan instead of a regular expression.
     *
     * @param text a text
     * @return its lines, without their line breaks
     */
    static String[] split(String text) {
        int n = text.length();
        boolean lfOnly = text.indexOf('\r') < 0; // (every text the readers get: Lines.normalize made its breaks LF)
        int breaks = lfOnly ? lfs(text) : breaks(text); // counted first: the array made once, of its size
        String[] out = new String[breaks + 1];
        int k = 0;
        int start = 0;
        if (lfOnly) {
            // from line break to line break by String.indexOf (vectorised), not a test of every character
            for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
                out[k++] = text.substring(start, nl);
                start = nl + 1;
            }
            out[k] = text.substring(start);
            return out;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out[k++] = text.substring(start, i);
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out[k] = text.substring(start);
        return out;
    }

    /** How many LF a text holds, by {@link String#indexOf(int, int)}. */
    private static int lfs(String text) {
        int breaks = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
            breaks++;
        }
        return breaks;
    }

    /** How many line breaks a text holds (CR LF, CR or LF, each one). */
    private static int breaks(String text) {
        int n = text.length();
        int breaks = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                breaks++;
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            }
        }
        return breaks;
    }

    /**
     * {@link #split} of a text split the same way just before on this thread (the very same {@code String}) is that
     * array again: detection and the reader it chooses split the same text. Held weakly (a collection between the two
     * only costs a second split), so no document outlives its reading here.
     */
    private static final ThreadLocal<WeakReference<Object[]>> LAST_SPLIT = new ThreadLocal<>();

    /**
     * {@link #split}, shared: the same array for the same text object split lately on this thread. For callers that
     * only read the array (never write into it).
     *
     * @param text a text
     * @return its lines, without their line breaks; not to be written
     */
    static String[] splitShared(String text) {
        WeakReference<Object[]> ref = LAST_SPLIT.get();
        Object[] last = ref == null ? null : ref.get();
        if (last != null && last[0] == text) {
            return (String[]) last[1];
        }
        String[] lines = split(text);
        LAST_SPLIT.set(new WeakReference<>(new Object[] {text, lines}));
        return lines;
    }

    /**
     * Where the lines {@link #split} gives stand in the text, without making them:
     * {@code [start0, end0, start1, end1, ...]}, each end before its line break.
     *
     * @param text a text
     * @return the bounds of its lines, two per line
     */
    static int[] bounds(String text) {
        int n = text.length();
        boolean lfOnly = text.indexOf('\r') < 0;
        int breaks = lfOnly ? lfs(text) : breaks(text); // counted first: the array made once, of its size
        int[] out = new int[2 * breaks + 2];
        int k = 0;
        int start = 0;
        if (lfOnly) {
            for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
                out[k++] = start;
                out[k++] = nl;
                start = nl + 1;
            }
            out[k++] = start;
            out[k] = n;
            return out;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out[k++] = start;
                out[k++] = i;
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out[k++] = start;
        out[k] = n;
        return out;
    }

    /** Whether {@code text[from, to)} is blank, as {@link String#isBlank()} of that substring answers. */
    static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code text.substring(from, to).strip()} with one copy at most: the bounds are stripped first
     * (a surrogate is never white space, so char by char is what {@link String#strip()} does).
     */
    static String stripped(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /**
     * The stripped texts of one document's cells, each made once: a cell whose stripped text equals
     * one made lately (a direct-mapped table of 256 by the text's hash) is given that string, not a
     * new substring. Half of a sheet's cells repeat another's text (labels, units, signs, 是/否), and
     * a substring of Chinese text costs three bytes a character (the JDK's failed Latin-1 attempt and
     * the copy). Equal strings, so nothing read can differ; one table per document read, the thread's own
     * table emptied for it ({@link #forDocument}: a new table per document was a visible share of a small
     * document's allocation). A reader nested in another on the same thread empties the outer one's table:
     * that only costs the outer reader some repeated substrings, as every hit is checked character by character.
     */
    static final class Texts {
        /** A class, not {@code ThreadLocal.withInitial(Texts::new)}: each lambda costs a class spun at start-up. */
        private static final class Kept extends ThreadLocal<Texts> {
            @Override
            protected Texts initialValue() {
                return new Texts();
            }
        }

        private static final ThreadLocal<Texts> THREAD = new Kept();

        private final String[] slots = new String[256];

        /** The thread's table, emptied: strings of earlier documents are not kept alive by it. */
        static Texts forDocument() {
            Texts t = THREAD.get();
            java.util.Arrays.fill(t.slots, null);
            return t;
        }

        /** {@link Lines#stripped} of {@code text[from, to)}, the string made before when it is equal. */
        String stripped(String text, int from, int to) {
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            int len = to - from;
            if (len == 0 || len == text.length()) {
                return text.substring(from, to);
            }
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + text.charAt(i);
            }
            int slot = (h ^ h >>> 9) & (slots.length - 1);
            String s = slots[slot];
            if (s != null && s.length() == len && text.regionMatches(from, s, 0, len)) {
                return s;
            }
            s = text.substring(from, to);
            slots[slot] = s;
            return s;
        }

        /** {@code b.toString()}, the string made before when it is equal. */
        String of(CharSequence b) {
            int len = b.length();
            if (len == 0) {
                return "";
            }
            int h = 0;
            for (int i = 0; i < len; i++) {
                h = 31 * h + b.charAt(i);
            }
            int slot = (h ^ h >>> 9) & (slots.length - 1);
            String s = slots[slot];
            if (s != null && s.length() == len && equal(s, b)) {
                return s;
            }
            s = b.toString();
            slots[slot] = s;
            return s;
        }

        private static boolean equal(String s, CharSequence b) {
            for (int i = 0, n = s.length(); i < n; i++) {
                if (s.charAt(i) != b.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Refuses a text with a line longer than {@link Limits#lineChars()}.
     *
     * @param text   a text with LF line breaks
     * @param source its file name
     * @param limits the limits
     * @throws ReadException naming the line
     */
    static void checkLength(String text, String source, Limits limits) throws ReadException {
        long max = limits.lineChars();
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (end - start > max) {
                throw limits.exceeded(source, "lineChars", "line " + line + " has " + (end - start) + " characters");
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
            line++;
        }
    }
}
