package dev.zhibiao.parsers;

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
 * (names, then values, then side labels), not row by row, and no row is read at all.
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
        for (int p = 0; p < paras.size(); p++) {
            Para para = paras.get(p);
            if (labels(lines, para)) {
                if (!started && para.key().contains("确定")) {
                    started = true;
                }
                continue;
            }
            String[] cats = categories(para.text());
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
                if (!labels(lines, next) && categories(next.text()) == null && !PdfTextFragments.isValue(next.text())) {
                    basis = next;
                    p++;
                }
            }
            if (texts.isEmpty() || l1.isEmpty() && l2.isEmpty()) {
                // a value whose name or side labels are printed elsewhere: it and its basis are left as text
                if (rows.isEmpty()) {
                    return List.of();
                }
                continue;
            }
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
            texts.clear();
        }
        for (Para q : placed) {
            for (int i = q.first(); i <= q.last(); i++) {
                used[i] = true;
            }
        }
        return rows;
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

    /** The category labels a paragraph is made of (产出指标, 效果指标 社会效益指标), or null. */
    private static String[] categories(String text) {
        if (PdfTextReader.isCategory(text)) {
            return new String[] {text};
        }
        String[] parts = Rx.splitSpaces(text.strip());
        if (parts.length < 2) {
            return null;
        }
        for (String s : parts) {
            if (!PdfTextReader.isCategory(s)) {
                return null;
            }
        }
        return parts;
    }
}
