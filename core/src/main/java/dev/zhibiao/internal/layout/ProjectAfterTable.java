package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project name printed after the sheet's table, its label's cell left empty. A browser's print of a
 * narrow form read as plain text ({@code pdftotext} without {@code -layout}) gives the labels of the
 * form's left column first, down to the indicator heading, and only then the values beside them: the
 * header row reads {@code 项目编码 | | 项目名称 | } and the project's name is a line after the table.
 * Where the sheet's header prints a project label (项目名称 …) with no value, and a line after the table
 * (or two or three consecutive lines, a name wrapped in its cell) is the name the sheet's own title
 * gives before its 绩效…表 ending ({@code 医保局慢性病鉴定、基金监管经费} under the title
 * {@code 1、医保局慢性病鉴定、基金监管经费绩效目标表}), that line is the project: read as it, with a
 * {@code project-after-table} diagnostic, and not counted among the remnants.
 */
final class ProjectAfterTable {
    /** The 绩效…表 ending of a title, from 绩效 on. */
    private static final Pattern ENDING = Pattern.compile("绩效(?:目标|自评|评价)[^。；;，,]{0,12}表$");
    /** Lines a wrapped name may take in its cell. */
    private static final int MAX_LINES = 3;

    private ProjectAfterTable() {
    }

    /**
     * Reads the project from the lines after the table where the rule applies.
     *
     * @param header the header block's rows (the table rows before the indicator heading)
     * @param after  the lines after the table
     * @param d      the draft: its project is set when the rule applies
     * @return the lines after the table without the ones read as the project (the list itself when
     *         the rule does not apply)
     */
    static List<Row> take(List<Row> header, List<Row> after, SheetDraft d) {
        if ((d.project != null && !d.project.isBlank()) || d.title == null || after.isEmpty() || !emptyProjectLabel(header)) {
            return after;
        }
        String name = titleName(d.title);
        if (name == null) {
            return after;
        }
        for (int i = 0; i < after.size(); i++) {
            StringBuilder joined = new StringBuilder();
            for (int k = i; k < after.size() && k < i + MAX_LINES; k++) {
                String line = Text.key(after.get(k).text());
                if (line.isEmpty()) {
                    break;
                }
                joined.append(line);
                String sofar = joined.toString();
                if (sofar.equals(name)) {
                    StringBuilder printed = new StringBuilder();
                    for (int j = i; j <= k; j++) {
                        printed.append(Text.clean(after.get(j).text()).strip());
                    }
                    d.project = printed.toString();
                    d.diag("project-after-table", after.get(i).at(), "the project label's value printed after the table"
                            + " (a narrow form's values printed after its labels), the name the title gives: \"" + d.project + "\"");
                    List<Row> rest = new ArrayList<>(after.subList(0, i));
                    rest.addAll(after.subList(k + 1, after.size()));
                    return rest;
                }
                if (!name.startsWith(sofar)) {
                    break;
                }
            }
        }
        return after;
    }

    /** The title's words before its 绩效…表 ending, as a key, or null (no ending, or nothing before it). */
    static String titleName(String title) {
        String k = Text.key(title);
        Matcher m = ENDING.matcher(k);
        if (!m.find() || m.start() == 0) {
            return null;
        }
        String name = k.substring(0, m.start());
        return name.length() < 2 ? null : name;
    }

    /** Whether a header row prints a project label whose value cell is empty or missing. */
    private static boolean emptyProjectLabel(List<Row> header) {
        for (Row r : header) {
            List<Cell> cells = r.cells();
            for (int i = 0; i < cells.size(); i++) {
                String cleaned = Text.cleanLabel(cells.get(i).text());
                if (cleaned == null) {
                    continue;
                }
                String label = cleaned.replace(" ", "");
                while (label.endsWith(":") || label.endsWith("：")) {
                    label = label.substring(0, label.length() - 1);
                }
                String key = Vocabulary.labelKey(label);
                if (Vocabulary.PROJECT.contains(key) && !key.equals("项目")) {
                    return i + 1 >= cells.size() || cells.get(i + 1).text().isBlank();
                }
            }
        }
        return false;
    }
}
