package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.parsers.PdfTextReader.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * The indicator rows of a department budget sheet (部门预算 绩效目标表, six columns: 一级指标, 二级指标, 三级指标,
 * 绩效指标描述, 指标值, 指标值确定依据) in plain pdftotext flow order. pdftotext prints the block's cells one
 * paragraph each, row by row: the side labels when they change, then the name, the description, the value and
 * the basis. A value paragraph (what {@link PdfTextFragments#isValue} says of its text) anchors a row: the two
 * text paragraphs printed just before it are its name and description (one alone is its name), the text
 * paragraph just after it is its basis, and the level-1 and level-2 labels last printed before it are its side
 * labels (a level-2 label gives its level-1 parent from the vocabulary). Rows are read only after the heading's
 * last column (指标值确定依据, a paragraph of label pieces holding 确定); text that no value anchors is left to the
 * caller, which keeps it as prose after the table. A value with no text before it or no side label printed yet
 * anchors no row; when the first value after the heading anchors none, the block is printed column by column
 * (names, then values, then side labels), not row by row, and no row is read at all. Values before any side label is
 * printed anchor rows while each follows at most two text paragraphs; those rows are kept only when the side labels
 * printed after the rows can be dealt to them. When a level-2 label is printed after the last row, the label columns were
 * printed apart from the rows: the labels are dealt to runs of rows by {@link PdfTextBudgetLabels} (plain26).
 */
final class PdfTextBudgetRows {
    private PdfTextBudgetRows() {
    }

    /** A paragraph: the unused lines of one block, in order. */
    private record Para(int first, int last, String text, String key) {
    }

    /**
     * Reads the indicator rows of a budget page from line {@code block} on, marking the lines it places in
     * {@code used}.
     *
     * @return the rows, six cells each, or none
     */
    static List<Row> zip(List<Line> lines, boolean[] used, int block) {
        return zip(lines, used, block, new java.util.HashMap<>());
    }

    /**
     * {@link #zip(List, boolean[], int)}, recording in {@code notes} the rows whose side labels were dealt by
     * {@link PdfTextBudgetLabels} (the labels printed apart from their rows) and a last row's name printed after them.
     */
    static List<Row> zip(List<Line> lines, boolean[] used, int block, java.util.Map<Row, List<dev.zhibiao.Diagnostic>> notes) {
        List<Para> paras = new ArrayList<>();
        for (int i = block; i < lines.size(); i++) {
            if (used[i]) {
                continue;
            }
            int j = i;
            String t = lines.get(i).text().strip(); // one line (most paragraphs): its text, no builder
            StringBuilder b = null;
            while (j + 1 < lines.size() && !used[j + 1] && lines.get(j + 1).block() == lines.get(i).block()) {
                j++;
                if (b == null) {
                    b = new StringBuilder(t);
                }
                b.append(lines.get(j).text().strip());
            }
            if (b != null) {
                t = b.toString();
            }
            paras.add(new Para(i, j, t, PdfTextReader.key(t)));
            i = j;
        }
        List<Row> rows = new ArrayList<>();
        boolean started = false;
        String l1 = "";
        String l2 = "";
        boolean l1Printed = false;
        List<Para> placed = new ArrayList<>();
        List<Para> texts = new ArrayList<>();
        List<String[]> cells = new ArrayList<>();
        int lastPlaced = -1;
        int unlabelledRows = 0;
        for (int p = 0; p < paras.size(); p++) {
            Para para = paras.get(p);
            if (labels(lines, para)) {
                if (!started && para.key().contains("确定")) {
                    started = true;
                }
                continue;
            }
            String[] cats = categories(lines, para);
            if (cats != null) {
                for (String c : cats) {
                    String k = PdfTextReader.key(c);
                    if (Vocabulary.isLevel1Key(k) && !k.equals(l1) || !Vocabulary.isLevel2Key(k)) {
                        l1 = k;
                        l2 = "";
                        l1Printed = true;
                    } else {
                        // a level-2 label under no level-1 label printed since the last one: its parent in the vocabulary
                        l2 = k;
                        String parent = Vocabulary.parentOf(k);
                        l1 = parent != null && !l1Printed ? parent : l1;
                        l1Printed = false;
                    }
                }
                texts.clear();
                continue;
            }
            if (!started) {
                continue;
            }
            if (!PdfTextFragments.isValue(para.text())) {
                texts.add(para);
                continue;
            }
            Para basis = null;
            if (p + 1 < paras.size()) {
                Para next = paras.get(p + 1);
                if (!labels(lines, next) && categories(lines, next) == null && !PdfTextFragments.isValue(next.text())) {
                    basis = next;
                    p++;
                }
            }
            boolean unlabelled = l1.isEmpty() && l2.isEmpty();
            if (texts.isEmpty() || unlabelled && (texts.size() > 2 || rows.size() > unlabelledRows)) {
                // a value whose name or side labels are printed elsewhere: it and its basis are left as text
                if (rows.isEmpty()) {
                    return List.of();
                }
                continue;
            }
            // rows before any side label is printed (every label printed after the rows): read while each value
            // follows its name and description alone, kept only when the labels printed after them are dealt
            unlabelledRows += unlabelled ? 1 : 0;
            Para name = texts.size() >= 2 ? texts.get(texts.size() - 2) : texts.get(0);
            Para desc = texts.size() >= 2 ? texts.get(texts.size() - 1) : null;
            String nameText = name.text();
            String descText = desc == null ? "" : desc.text();
            String[] two = Rx.splitSpaces(nameText.strip());
            if (desc == null && name.first() == name.last() && two.length == 2) {
                // name and description printed on one line, a space between the columns
                nameText = two[0];
                descText = two[1];
            }
            for (Para q : new Para[] {name, desc, para, basis}) {
                if (q != null) {
                    placed.add(q);
                }
            }
            rows.add(PdfTextBudget.row(lines.get(name.first()).no(), l1, l2, nameText, descText,
                    para.text(), basis == null ? "" : basis.text()));
            cells.add(new String[] {l1, l2, nameText, descText, para.text(), basis == null ? "" : basis.text()});
            lastPlaced = basis == null ? para.last() : basis.last();
            texts.clear();
        }
        // the category labels printed in the block, line by line (a label line may open a paragraph of other text); a
        // level-2 label printed after the last row tells that the label columns were printed apart from the rows
        List<String> printed = new ArrayList<>();
        boolean printedAfterLast = false;
        for (int i = block; i < lines.size(); i++) {
            String[] cats = used[i] ? null : categories(lines.get(i).text());
            if (cats != null) {
                printed.addAll(List.of(cats));
                for (String c : cats) {
                    Vocabulary.Category cat = Vocabulary.category(c);
                    printedAfterLast |= i > lastPlaced && cat != null && Vocabulary.frameworkRank(cat.label()) >= 0;
                }
            }
        }
        for (Para q : placed) {
            for (int i = q.first(); i <= q.last(); i++) {
                used[i] = true;
            }
        }
        int nameAt = nameAfterRows(lines, used, lastPlaced, cells);
        if (nameAt >= 0) {
            String[] c = cells.get(cells.size() - 1);
            Row last = rows.get(rows.size() - 1);
            notes.put(rows.get(0), List.of(new dev.zhibiao.Diagnostic("pdftotext-budget-name-apart", "the last budget row's name "
                    + c[2] + " printed after the rows, among the side labels: the text before its value is its description",
                    Locator.line(lines.get(nameAt).no()))));
            rows.set(rows.size() - 1, PdfTextBudget.row(last.at().line(), c[0], c[1], c[2], c[3], c[4], c[5]));
        }
        if (rows.size() >= 2 && printedAfterLast) {
            String[][] dealt = PdfTextBudgetLabels.deal(printed, cells);
            if (dealt != null) {
                List<Row> out = new ArrayList<>();
                for (int r = 0; r < rows.size(); r++) {
                    String[] c = cells.get(r);
                    out.add(PdfTextBudget.row(rows.get(r).at().line(), dealt[r][0], dealt[r][1], c[2], c[3], c[4], c[5]));
                }
                List<dev.zhibiao.Diagnostic> ds = new ArrayList<>(notes.getOrDefault(rows.get(0), List.of()));
                notes.remove(rows.get(0));
                ds.add(new dev.zhibiao.Diagnostic("pdftotext-budget-labels-apart", "side labels of "
                        + out.size() + " budget row(s) printed apart from them (" + String.join(", ", printed) + "): each level-2"
                        + " label, in the framework's order, dealt a run of rows by how it suits their names and values",
                        out.get(0).at()));
                notes.put(out.get(0), ds);
                return out;
            }
        }
        return unlabelledRows > 0 ? List.of() : rows;
    }

    /**
     * The last row's name printed after the rows, among the side labels printed apart: every row but the last took two
     * text cells (name and description), the last one only, and after its value and basis the block holds only label
     * pieces, category labels and one line of text that is no value. That line is the last row's name, the text it took
     * its description ({@code cells}' last row is changed). Returns the line's index, or -1.
     */
    private static int nameAfterRows(List<Line> lines, boolean[] used, int lastPlaced, List<String[]> cells) {
        if (cells.size() < 2 || !cells.get(cells.size() - 1)[3].isEmpty()) {
            return -1;
        }
        for (int r = 0; r < cells.size() - 1; r++) {
            if (cells.get(r)[3].isEmpty()) {
                return -1;
            }
        }
        int at = -1;
        for (int i = lastPlaced + 1; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (used[i] || t.isBlank() || categories(t) != null || PdfTextBudget.isLabelPiece(t)) {
                continue;
            }
            if (at >= 0 || PdfTextFragments.isValue(t)) {
                return -1;
            }
            at = i;
        }
        if (at < 0) {
            return -1;
        }
        String[] c = cells.get(cells.size() - 1);
        c[3] = c[2];
        c[2] = lines.get(at).text().strip();
        used[at] = true;
        return at;
    }

    /** Whether every line of a paragraph is a piece of a label (三级指 / 标, 指标值确定 / 依据). */
    private static boolean labels(List<Line> lines, Para p) {
        for (int i = p.first(); i <= p.last(); i++) {
            if (!PdfTextBudget.isLabelPiece(lines.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The category labels a paragraph is made of (产出指标, 效果指标 社会效益指标), or null; a paragraph of several
     * lines each made of category labels ({@code 质量指标} / {@code 效果指标 社会效益指标}: cells of the label columns
     * printed one under the other with no blank line between) is made of all of them, in order.
     */
    private static String[] categories(List<Line> lines, Para p) {
        String[] whole = categories(p.text());
        if (whole != null || p.first() == p.last()) {
            return whole; // one label wrapped in its cell (满意度指 / 标) is that label
        }
        List<String> all = new ArrayList<>();
        for (int i = p.first(); i <= p.last(); i++) {
            String[] cats = categories(lines.get(i).text());
            if (cats == null) {
                return null;
            }
            all.addAll(List.of(cats));
        }
        return all.toArray(new String[0]);
    }

    /** The category labels one text is made of, or null. */
    private static String[] categories(String text) {
        if (PdfTextReader.isCategory(text)) {
            return new String[] {text};
        }
        String[] parts = Rx.splitSpaces(text.strip());
        if (parts.length < 2) {
            return null;
        }
        for (int i = 0; i < parts.length; i++) {
            if (PdfTextReader.isCategory(parts[i])) {
                continue;
            }
            // a label cut in its cell, its last character printed on a line of its own (满意度指 … 标)
            if (i == 0 && parts[i].endsWith("指") && PdfTextReader.isCategory(parts[i] + "标")) {
                parts[i] = parts[i] + "标";
                continue;
            }
            return null;
        }
        return parts;
    }
}
