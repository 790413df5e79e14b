package dev.zhibiao.internal.layout;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page counter in words ({@code - 15 -}, {@code 第15页}) printed inside its page, not at its top or foot: plain
 * pdftotext prints a page's foot where its reading order meets it, and on a page whose table runs on to the foot
 * that is among the table's cells ({@code 质量指标 / - 15 - / 重点对象住院…}). Such a line is furniture where the
 * document's other pages print the same counter (digits aside) at their ends, two pages or more, each numbered
 * its page's place plus one offset, its page prints no counter at its ends, and its number is its page's place
 * plus that offset. Recorded as every furniture line is ({@code page-furniture}, {@link PageFurniture#note}).
 */
final class CountersWithin {
    private CountersWithin() {
    }

    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

    /**
     * Marks such counters in {@code out}.
     *
     * @param lines  the text's lines
     * @param starts each page's first line, and one past the last at {@code starts[pages]}
     * @param pages  how many pages
     * @param out    the furniture lines found so far, added to
     */
    static void mark(String[] lines, int[] starts, int pages, boolean[] out) {
        Map<String, Integer> counts = new HashMap<>(); // form, digits aside, and offset -> pages
        boolean[] counted = new boolean[pages];
        for (int p = 0; p < pages; p++) {
            for (int i = starts[p]; i < starts[p + 1]; i++) {
                String key = out[i] ? key(lines[i], p) : null;
                if (key != null) {
                    counts.merge(key, 1, Integer::sum);
                    counted[p] = true;
                }
            }
        }
        String best = null;
        int most = 1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                best = e.getKey();
            }
        }
        if (best == null) {
            return;
        }
        for (int p = 0; p < pages; p++) {
            if (counted[p]) {
                continue;
            }
            int found = -1;
            for (int i = starts[p]; i < starts[p + 1]; i++) {
                if (!out[i] && best.equals(key(lines[i], p))) {
                    if (found >= 0) {
                        found = -2; // two such lines on one page: neither is surely the counter
                        break;
                    }
                    found = i;
                }
            }
            if (found >= 0) {
                out[found] = true;
            }
        }
    }

    /** A worded counter's form (digits aside) and its number's offset from page {@code p}; null for any other line. */
    private static String key(String line, int p) {
        String t = line.indexOf('\f') >= 0 ? line.replace('\f', ' ').strip() : line.strip();
        if (t.isEmpty() || !TableFooter.isWordedCounter(t)) {
            return null;
        }
        Matcher m = NUMBER.matcher(t);
        if (!m.find()) {
            return null;
        }
        // digits and spaces aside: a print gives -1- … -9- but - 10 - (one form, not two votes)
        return t.replaceAll("[\\d\\s]", "") + "@" + (Integer.parseInt(m.group()) - p);
    }
}
