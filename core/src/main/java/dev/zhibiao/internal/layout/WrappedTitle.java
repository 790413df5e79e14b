package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Text;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sheet's title printed over two lines whose first line {@link Recovery#titleHead} does not take
 * (longer than a short head, or holding a year: {@code 3、冀财社【2019】116号…关于提前下达2020年…补助资金（第一}
 * over {@code 批）绩效目标表}). Two things a print says about itself join such lines:
 * <ul>
 *   <li>a bracket the first line opens and leaves open is closed by the second line before it opens one
 *       ({@code …资金（第一} / {@code 批）绩效目标表});</li>
 *   <li>the document numbers its titles ({@code 1、…绩效目标表}, {@code 2、…绩效目标表}), the line right before an
 *       unnumbered title carries the next number ({@code 3、…}), and the two read as one title; such a first line
 *       may have been cut into cells by the table above it (a -layout print's grid), and is then taken out of
 *       that table.</li>
 * </ul>
 * Noted as every joined title is ({@code value-joined}, when the sheet is built).
 */
final class WrappedTitle {
    private WrappedTitle() {
    }

    /** A title's number: {@code 3、}, {@code 3.}, {@code 3．} at the start of its key. */
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2})[、.．]");

    /**
     * Whether {@code head} is the first line of the title {@code title} printed on the line right under it.
     *
     * @param head      the line before the title, as printed
     * @param title     the title's line (a title by itself: {@link Recovery#isTitle})
     * @param prevTitle the previous sheet's title as printed (its first line when it was wrapped), or null
     */
    static boolean joins(String head, String title, String prevTitle) {
        String h = Text.key(head);
        String t = Text.key(title);
        if (h.isEmpty() || !Recovery.isTitleText(head.strip() + title.strip()) || Recovery.isTitleText(head.strip())) {
            return false;
        }
        return bracketCarried(h, t) || numberedNext(h, t, prevTitle);
    }

    /**
     * The first line of {@code title} printed as the last table row of the segment before it, on the line right
     * above the title and numbered next after that segment's own title; or null.
     *
     * @param table     the previous segment's table rows
     * @param title     the title's line
     * @param prevTitle the previous segment's title as printed, or null
     * @return the head as a prose line (its cells' texts in order, one space between), or null
     */
    static Row tableHead(List<Row> table, Row title, String prevTitle) {
        if (table.isEmpty() || prevTitle == null || title.at() == null || title.at().line() == null) {
            return null;
        }
        Row last = table.get(table.size() - 1);
        if (last.at() == null || last.at().line() == null || last.at().line() != title.at().line() - 1) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (Cell c : last.cells()) {
            if (!c.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(c.text().strip());
            }
        }
        String head = b.toString();
        String h = Text.key(head);
        String t = Text.key(title.text());
        if (h.isEmpty() || !Recovery.isTitleText(head + title.text().strip()) || Recovery.isTitleText(head)
                || !numberedNext(h, t, prevTitle)) {
            return null;
        }
        return Row.prose(head, last.at());
    }

    /** The head leaves a bracket open at its end and the title closes it before opening any. */
    static boolean bracketCarried(String h, String t) {
        int open = -1;
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (isOpen(c)) {
                open = i;
            } else if (isClose(c)) {
                open = -1;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isOpen(c)) {
                return false;
            }
            if (isClose(c)) {
                return i > 0; // some words of the bracket on the title's line before it closes
            }
        }
        return false;
    }

    /** The head carries the number after the previous title's, and the title carries none. */
    static boolean numberedNext(String h, String t, String prevTitle) {
        if (prevTitle == null || NUMBER.matcher(t).find()) {
            return false;
        }
        Matcher p = NUMBER.matcher(Text.key(prevTitle));
        Matcher m = NUMBER.matcher(h);
        return p.find() && m.find() && Integer.parseInt(m.group(1)) == Integer.parseInt(p.group(1)) + 1;
    }

    private static boolean isOpen(char c) {
        return c == '(' || c == '（' || c == '[' || c == '【' || c == '〔';
    }

    private static boolean isClose(char c) {
        return c == ')' || c == '）' || c == ']' || c == '】' || c == '〕';
    }
}
