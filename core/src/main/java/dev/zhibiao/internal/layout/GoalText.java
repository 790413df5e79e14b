package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.LazyPattern;
import dev.zhibiao.internal.text.Rx;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A sheet's goals text cut into its goals on their numbering (目标1：, 1、, 1., （1）), as the header block reads them. */
final class GoalText {

    private static final LazyPattern NUMBERED_FROM_ONE = new LazyPattern("^\\s*1\\s*、[\\s\\S]*");
    private static final Pattern GOAL_NUMBER = Pattern.compile(
            "(?:^|\\s|(?<=[。；;.!！]))(?:目标\\s*[0-9一二三四五六七八九十]+\\s*[:：.、．]?\\s*[.．、]?|[0-9]{1,2}\\s*、|[0-9]{1,2}\\s*[.．]\\s*(?![0-9])|[(（][0-9一二三四五六七八九十]{1,2}[)）]\\s*)");

    private GoalText() {
    }

    /**
     * Goals numbered 1、2、3、 in order whose lines a reader joined with no space between them
     * ({@code …评审工作2、完成…}, a PDF cell's paragraphs): a space is put before each next number, so
     * the numbering splits them. Only where the text starts with 1、 and each number follows the last.
     */
    static String spaceSequentialNumbers(String t) {
        String folded = Text.foldInPlace(t);
        if (folded.length() != t.length() || !Rx.matches(NUMBERED_FROM_ONE.get(), folded)) {
            return t;
        }
        StringBuilder out = new StringBuilder(t);
        int from = folded.indexOf('、') + 1;
        int inserted = 0;
        for (int k = 2; k < 100; k++) {
            String mark = k + "、";
            int at = folded.indexOf(mark, from);
            while (at > 0 && Character.isDigit(folded.charAt(at - 1))) { // 12、 is not 2、
                at = folded.indexOf(mark, at + 1);
            }
            if (at < 0) {
                break;
            }
            if (at > 0 && !Character.isWhitespace(folded.charAt(at - 1))) {
                out.insert(at + inserted, ' ');
                inserted++;
            }
            from = at + mark.length();
        }
        return out.toString();
    }

    /**
     * A goal a blank template prints in place of the goal: its number with nothing after it, an
     * ellipsis, or both ({@code 目标2：……}, {@code 目标3：}, {@code ……}).
     */
    private static final Pattern PLACEHOLDER_GOAL = Pattern.compile(
            "^(?:目标\\s*[0-9一二三四五六七八九十]+\\s*[:：.、．]?|[…⋯.。·．\\s]|[xX×]{2,})+$");

    /**
     * The goals of {@link #splitGoals} without a template's placeholders, each set aside with a
     * {@code placeholder-goal} diagnostic quoting it.
     */
    static List<String> goals(String text, SheetDraft d) {
        List<String> out = new ArrayList<>();
        for (String g : splitGoals(text)) {
            if (Rx.matches(PLACEHOLDER_GOAL, Text.foldInPlace(g))) {
                d.diag("placeholder-goal", d.locator, "template placeholder, not a goal: \"" + g + "\"");
            } else {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * Goals split on their numbering (目标1：, 1、, 1., （1）), tags removed; a ； run together with the
     * next bare number (甲；2.乙, no space around it) joins the goals and is dropped; unnumbered goals are split on ；.
     */
    static List<String> splitGoals(String text) {
        List<String> out = new ArrayList<>();
        String t = Text.collapse(Text.stripTags(text)); // printed characters kept (traditional stays traditional)
        if (t == null || t.isEmpty()) {
            return out;
        }
        t = spaceSequentialNumbers(t);
        // match on the folded text (full-width digits, traditional 目標), cut the printed one
        Matcher m = GOAL_NUMBER.matcher(Text.foldInPlace(t));
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
            ends.add(m.end());
        }
        if (starts.isEmpty() || starts.get(0) > 0 && !t.substring(0, starts.get(0)).isBlank()) {
            if (starts.isEmpty()) {
                // unnumbered goals joined into one cell by ；: one goal per part
                for (String part : t.split("[；;]")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
                return out;
            }
            out.add(t.substring(0, starts.get(0)).strip());
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : t.length();
            String g = t.substring(ends.get(i), end).strip();
            if (i + 1 < starts.size() && (g.endsWith("；") || g.endsWith(";"))
                    && Text.foldInPlace(t.substring(starts.get(i + 1), ends.get(i + 1))).matches("[0-9]{1,2}[.．]")) {
                // goals run together into one cell with a ； joiner (1.甲；2.乙, no space around the next
                // bare number): that ； joins the goals, it is not the goal's own (1.甲； 2. 乙 and
                // 目标1：甲；目标2：乙 keep it)
                g = g.substring(0, g.length() - 1);
            }
            while (g.startsWith(".") || g.startsWith("．") || g.startsWith(":") || g.startsWith("：") || g.startsWith("、")) {
                g = g.substring(1).strip();
            }
            if (!g.isEmpty() && noLetterOrDigit(g)) {
                // nothing but punctuation after the number (目标一。): the number was the goal's text
                g = t.substring(starts.get(i), end).strip();
            }
            if (!g.isEmpty()) {
                out.add(g);
            }
        }
        return out;
    }

    /** @return whether no code point of {@code g} is a letter or digit (a loop, not a lambda: a class spun at start-up) */
    private static boolean noLetterOrDigit(String g) {
        for (int i = 0; i < g.length(); ) {
            int c = g.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
