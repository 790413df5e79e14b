package dev.zhibiao.internal.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two numbered goal lists side by side (项目总目标 | 年度总体目标), as a text rendering prints them: each
 * column is a numbered list (1、…, 2、…) whose goals wrap over lines. The rules every reader of the two
 * columns shares: a goal's number, a line's printed width, and which column a numbered line belongs
 * to — the column whose next number it is.
 */
public final class GoalColumns {
    private GoalColumns() {
    }

    /** A goal's numbering at the start of a line or word: 1、 2. 3． 4： （5） 目标6、 (not 1.5, a decimal). */
    private static final Pattern NUMBER = Pattern.compile(
            "^(?:目标\\s*)?(?:([0-9]{1,2})\\s*(?:[、．:：]|\\.(?![0-9]))|[(（]([0-9一二三四五六七八九十]{1,2})[)）])");
    private static final String CJK_DIGITS = "一二三四五六七八九十";

    /**
     * The column a line numbered {@code n} goes to: the one whose next number it is; where it is both
     * columns' next, the left, unless only the left's goal is still open. -1 when it is neither's.
     *
     * @param n         the line's goal number (1 or more)
     * @param last      the last number each column took (0 before its first goal)
     * @param leftOpen  whether the left column's last goal goes on
     * @param rightOpen whether the right column's last goal goes on
     */
    public static int column(int n, int[] last, boolean leftOpen, boolean rightOpen) {
        boolean left = last[0] + 1 == n;
        boolean rightNext = last[1] + 1 == n;
        if (left && rightNext) {
            return leftOpen && !rightOpen ? 1 : 0;
        } else if (left || rightNext) {
            return left ? 0 : 1;
        }
        return -1;
    }

    /** A line's printed width in CJK characters (a Latin letter, digit or space is half of one). */
    public static double width(String t) {
        double w = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            w += Character.isWhitespace(c) ? 0 : c < 0x2e80 ? 0.5 : 1;
        }
        return w;
    }

    /** The goal number a line or word starts with (1、 2. 3． 4： （5） 目标6、), else 0. */
    public static int number(String t) {
        Matcher m = NUMBER.matcher(t.strip());
        if (!m.find()) {
            return 0;
        }
        String n = m.group(1) != null ? m.group(1) : m.group(2);
        if (Character.isDigit(n.charAt(0))) {
            return Integer.parseInt(n);
        }
        // 一 … 十, 十一 … 十九
        int v = 0;
        for (int i = 0; i < n.length(); i++) {
            int d = CJK_DIGITS.indexOf(n.charAt(i)) + 1;
            v = d == 10 ? Math.max(v, 1) * 10 : v + d;
        }
        return v;
    }
}
