package dev.zhibiao.parsers;

import dev.zhibiao.Locator;
import dev.zhibiao.internal.layout.Cell;
import dev.zhibiao.internal.layout.Row;
import dev.zhibiao.internal.layout.MoneyVocabulary;
import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.internal.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.zhibiao.parsers.PdfTextReader.*;
import static dev.zhibiao.parsers.PdfTextFragments.*;

/** A page's funding block (项目资金, 资金总额, 财政拨款 …), in rows or in columns. */
abstract class PdfTextFunding extends PdfTextGoals {
    /** The money row read from a line holding its block's caption and first item ({@link PdfTextMoneyCaption}); else null. */
    Row moneyCaptioned;
    /** The heading row of a money block read on its column headings ({@link PdfTextMoneyColumns}); else null. */
    Row moneyColumns;

    PdfTextFunding(List<Line> lines) {
        super(lines);
    }

    // ------------------------------------------------------------ funding

    void readFunding(boolean twoPeriods) {
        String unitLabel = null;
        int unitLine = -1;
        if (consumeVertical("项目资金")) {
            unitLabel = "项目资金";
        }
        // a funding block label wrapped over lines (资金情况（万 / 元）)
        for (int i = 0; i < lines.size() && unitLabel == null; i++) {
            String k = lines.get(i).key();
            boolean cutUnit = k.contains("(") && !k.contains(")") && MoneyVocabulary.isFundingLabel(k.substring(0, k.indexOf('(')));
            if (used[i] || !((k.startsWith("资金情况") || k.startsWith("项目资金")) && isUnitLabel(k) || cutUnit)
                    || PdfTextMoneyCaption.cut(lines.get(i).text()) != null) { // the caption and an item: below
                continue;
            }
            StringBuilder b = new StringBuilder(lines.get(i).text());
            int j = i + 1;
            while (j < lines.size() && !used[j] && lines.get(j).block() == lines.get(i).block()
                    && (key(b.toString()).contains("(") && !key(b.toString()).contains(")") && lines.get(j).key().length() <= 4
                    || !key(b.toString()).contains("(") && Rx.matches(lines.get(j).key(), "\\(万?元\\)"))) {
                b.append(lines.get(j).text());
                j++;
            }
            if (isUnitLabel(key(b.toString())) || cutUnit && MoneyVocabulary.isFundingLabel(b.toString()) && key(b.toString()).endsWith("元)")) {
                unitLabel = b.toString();
                unitLine = lines.get(i).no();
                for (int u = i; u < j; u++) {
                    used[u] = true;
                }
            }
        }
        // once the money block's label has its unit (项目资金 / （元）), a unit alone below the indicator heading
        // (一级指标, 三级指标) is a cell of that table, a name's bracketed rest printed apart (参保居民个人实际缴费标准 /
        // 成年人≥270 元; 大中小学 / (元)): not the money's unit (flow text may print the money block after the table)
        int indicators = indicatorHeading();
        for (int i = 0; i < lines.size(); i++) {
            String k = lines.get(i).key();
            boolean unitAlone = (k.equals("(万元)") || k.equals("(元)"))
                    && (i < indicators || unitLabel == null || !key(unitLabel).contains("元"));
            if (!used[i] && (unitAlone || k.equals("项目资金(万元)") || k.equals("项目资金"))) {
                unitLabel = (unitLabel == null || k.startsWith("项目资金") ? "" : unitLabel) + lines.get(i).text();
                if (unitAlone && unitLabel.equals(lines.get(i).text()) && i > 0 && !used[i - 1]
                        && lines.get(i - 1).block() == lines.get(i).block() && MoneyVocabulary.isFundingLabel(lines.get(i - 1).text())
                        && !lines.get(i - 1).key().contains("(")) {
                    // the block's label over its unit (年度预算 / （万元）)
                    unitLabel = lines.get(i - 1).text() + unitLabel;
                    used[i - 1] = true;
                }
                if (k.equals("项目资金")) {
                    unitLabel = lines.get(i).text();
                }
                unitLine = lines.get(i).no();
                used[i] = true;
            }
        }
        // no unit line: a money caption with its unit printed on one line with the block's first item
        // (资金来源（万元） 合计, 资金总额（万元） 320; PdfTextMoneyCaption)
        int captioned = -1;
        PdfTextMoneyCaption.Cut cut = null;
        for (int i = 0; i < indicators && unitLabel == null && !twoPeriods && captioned < 0; i++) {
            cut = used[i] ? null : PdfTextMoneyCaption.cut(lines.get(i).text());
            if (cut != null) {
                captioned = i;
                if (!cut.item()) {
                    unitLabel = cut.caption();
                    unitLine = lines.get(i).no();
                }
            }
        }
        PdfTextMoneyColumns.Read columns = twoPeriods ? null : PdfTextMoneyColumns.read(lines, used, indicators, unitLabel, unitLine);
        if (columns != null) {
            columns.taken().forEach(t -> used[t] = true);
            funding.addAll(columns.rows());
            moneyColumns = columns.rows().get(0);
        }
        columnFunding(unitLabel, unitLine);
        management();
        // the funding lines: those holding a funding label, and stray label-only lines
        List<Integer> rowsAt = new ArrayList<>();
        List<Integer> strays = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (used[i]) {
                continue;
            }
            if (i == captioned) {
                rowsAt.add(i);
                continue;
            }
            String[] parts = lines.get(i).parts();
            boolean hasLabel = false;
            boolean allKnown = true;
            for (String p : parts) {
                boolean label = isFundingLabel(p);
                hasLabel |= label;
                allKnown &= label || isAmount(p);
            }
            if (hasLabel && allKnown) {
                if (parts.length == 1 && twoPeriods) {
                    strays.add(i);
                } else {
                    rowsAt.add(i);
                }
            }
        }
        // order: the total first, then as printed
        final int first = captioned;
        rowsAt.sort((a, b) -> Boolean.compare(a != first && !isTotal(lines.get(a).text()), b != first && !isTotal(lines.get(b).text())));
        boolean firstRow = true;
        for (int i : rowsAt) {
            Line l = lines.get(i);
            used[i] = true;
            List<String[]> pairs = i == captioned ? cut.pairs() : pairs(l.text());
            int next = i + 1;
            while (i == captioned && next < lines.size() && used[next]) {
                next++; // a captioned line's amount may come after a header line read before (实施单位 …)
            }
            if (!twoPeriods && pairs.size() == 1 && pairs.get(0)[1] == null && next < lines.size() && !used[next]
                    && isAmount(lines.get(next).text())) {
                // the amount printed as its own paragraph right after the label
                pairs.get(0)[1] = lines.get(next).text();
                used[next] = true;
            }
            if (twoPeriods) {
                // a left (mid-term) pair printed without its label: take a stray line of the same label
                if (pairs.size() == 2 && pairs.get(0)[0] == null && pairs.get(1)[0] != null) {
                    String want = key(pairs.get(1)[0]);
                    for (int s = 0; s < strays.size(); s++) {
                        int si = strays.get(s);
                        if (lines.get(si).key().equals(want)) {
                            pairs.get(0)[0] = lines.get(si).text();
                            used[si] = true;
                            strays.remove(s);
                            break;
                        }
                    }
                    if (pairs.get(0)[0] == null) {
                        pairs.get(0)[0] = pairs.get(1)[0];
                    }
                }
            }
            List<Cell> cells = new ArrayList<>();
            if (unitLabel != null) {
                cells.add(new Cell(firstRow ? unitLabel : "", new Locator(firstRow && unitLine > 0 ? unitLine : l.no(), 1, null)));
            }
            for (String[] p : pairs) {
                cells.add(new Cell(p[0] == null ? "" : p[0], new Locator(l.no(), cells.size() + 1, null)));
                cells.add(new Cell(p[1] == null ? "" : p[1], new Locator(l.no(), cells.size() + 1, null)));
            }
            funding.add(new Row(cells, true, Locator.line(l.no())));
            if (i == captioned) {
                moneyCaptioned = funding.get(funding.size() - 1);
            }
            firstRow = false;
        }
        // two periods, every cell its own paragraph: the labels in printed order, each with the
        // amount printed right after it, pair up as the row's mid-term (left) and annual (right) halves
        // (中期资金总额 with 年度资金总额, a label with the next of the same name)
        while (twoPeriods && strays.size() >= 2) {
            int a = strays.get(0);
            int partner = -1;
            String ka = lines.get(a).key();
            for (int s = 1; s < strays.size() && partner < 0; s++) {
                String kb = key(lines.get(strays.get(s)).text());
                if (kb.equals(ka) || ka.startsWith("中期") && kb.startsWith("年度") && ka.substring(2).equals(kb.substring(2))) {
                    partner = s;
                }
            }
            if (partner < 0) {
                break;
            }
            int b = strays.remove(partner);
            strays.remove(0);
            Line l = lines.get(a);
            List<Cell> cells = new ArrayList<>();
            if (unitLabel != null) {
                cells.add(new Cell(firstRow ? unitLabel : "", new Locator(firstRow && unitLine > 0 ? unitLine : l.no(), 1, null)));
            }
            for (int at : new int[] {a, b}) {
                used[at] = true;
                String amount = "";
                if (at + 1 < lines.size() && !used[at + 1] && isAmount(lines.get(at + 1).text())
                        && !isFundingLabel(lines.get(at + 1).text())) {
                    amount = lines.get(at + 1).text();
                    used[at + 1] = true;
                }
                cells.add(new Cell(lines.get(at).text(), new Locator(lines.get(at).no(), cells.size() + 1, null)));
                cells.add(new Cell(amount, new Locator(lines.get(at).no(), cells.size() + 1, null)));
            }
            funding.add(new Row(cells, true, Locator.line(l.no())));
            firstRow = false;
        }
        for (int si : strays) {
            used[si] = true;
            Line l = lines.get(si);
            List<Cell> cells = new ArrayList<>();
            if (unitLabel != null) {
                cells.add(new Cell("", new Locator(l.no(), 1, null)));
            }
            cells.add(new Cell(l.text(), new Locator(l.no(), cells.size() + 1, null)));
            cells.add(new Cell("", new Locator(l.no(), cells.size() + 1, null)));
            funding.add(new Row(cells, true, Locator.line(l.no())));
        }
    }

    /** The unused paragraphs (runs of unused lines of one block) from line {@code from} on, as [first, end). */
    List<int[]> paragraphs(int from) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        while (i < lines.size()) {
            if (used[i]) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && !used[j] && lines.get(j).block() == lines.get(i).block()) {
                j++;
            }
            out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }

    String paragraphText(int[] p) {
        return joinLines(lines.subList(p[0], p[1]));
    }

    /**
     * {@code key(paragraphText(ps.get(q)))}, kept in {@code keys}: a paragraph of one line has that
     * line's key; a longer one is joined and folded once, outside the table of recent keys.
     */
    private String paragraphKey(List<int[]> ps, String[] keys, int q) {
        if (keys[q] == null) {
            int[] p = ps.get(q);
            keys[q] = p[1] - p[0] == 1 ? lines.get(p[0]).key() : foldKey(paragraphText(p));
        }
        return keys[q];
    }

    void use(int[] p) {
        for (int i = p[0]; i < p[1]; i++) {
            used[i] = true;
        }
    }

    /** The first line of the indicator table's heading (一级指标, 三级指标, also 一级指 cut), or past the last line. */
    int indicatorHeading() {
        for (int i = 0; i < lines.size(); i++) {
            String k = lines.get(i).key();
            if (k.contains("一级指") || k.contains("三级指标")) {
                return i;
            }
        }
        return lines.size();
    }

    /** A column heading of the self-evaluation money block: 全年预算数(A), 全年执行数(B), 预算执行率(B/A×100%). */
    static boolean isMoneyColumn(String t) {
        String k = key(t);
        return k.length() <= 24 && (k.startsWith("全年预算数") || k.startsWith("全年执行数") || k.startsWith("预算执行率")
                || k.startsWith("执行率"));
    }

    /** A money row label of a column funding block: a known funding label, or one naming money (…资金, …总额). */
    static boolean isMoneyRowLabel(String t) {
        String k = Rx.withoutLast(key(t), ':', '：');
        return isFundingLabel(t) || k.length() <= 16 && Rx.matches(k, ".*(资金|总额|拨款|补助|结转|结余)");
    }

    /**
     * The self-evaluation money block when pdftotext prints each cell as its own paragraph: the
     * column headings (全年预算数(A), 全年执行数(B), 预算执行率) one after another, then per row
     * its label (maybe wrapped over lines) followed by up to one amount per column. Emitted as
     * {@code unit | 全年预算数(A) | 全年执行数(B) | 预算执行率} and {@code | label | amounts…}.
     */
    void columnFunding(String unitLabel, int unitLine) {
        int first = 0;
        while (first < lines.size() && (used[first] || !isMoneyColumn(lines.get(first).text()))) {
            first++;
        }
        // the paragraphs from the first heading on (a heading may share a paragraph with the cells above it)
        List<int[]> ps = paragraphs(first);
        int h = 0;
        // the headings, one per paragraph or several in one (a wrapped heading's end, (B), printed after the others)
        List<StringBuilder> heads = new ArrayList<>();
        List<Integer> headAt = new ArrayList<>();
        int headLine = h < ps.size() ? lines.get(ps.get(h)[0]).no() : -1;
        while (h < ps.size() && isMoneyColumn(lines.get(ps.get(h)[0]).text())) {
            for (int i = ps.get(h)[0]; i < ps.get(h)[1]; i++) {
                String t = lines.get(i).text().trim();
                if (isMoneyColumn(t)) {
                    heads.add(new StringBuilder(t));
                    headAt.add(lines.get(i).no());
                } else {
                    StringBuilder open = heads.stream().filter(b -> !Rx.matches(b.toString(), ".*[)）]\\s*$")).findFirst()
                            .orElse(heads.get(heads.size() - 1));
                    open.append(t);
                }
            }
            h++;
        }
        if (heads.size() < 2) {
            return;
        }
        for (int q = 0; q < h; q++) {
            if (isMoneyColumn(lines.get(ps.get(q)[0]).text())) {
                use(ps.get(q));
            }
        }
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell(unitLabel == null ? "资金情况" : unitLabel, new Locator(unitLine > 0 ? unitLine : headLine, 1, null)));
        for (int k = 0; k < heads.size(); k++) {
            cells.add(new Cell(heads.get(k).toString(), new Locator(headAt.get(k), cells.size() + 1, null)));
        }
        funding.add(new Row(cells, true, Locator.line(headLine)));
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = null;
        for (int q = h; q < ps.size(); q++) {
            int[] p = ps.get(q);
            // a paragraph: its label pieces joined, then its amounts (a value printed inside a wrapped label goes after it)
            StringBuilder label = new StringBuilder();
            List<Cell> amounts = new ArrayList<>();
            boolean other = false;
            for (int i = p[0]; i < p[1]; i++) {
                for (String part : Rx.splitSpaces(lines.get(i).text().trim())) {
                    if (isAmount(Rx.withoutLast(part, '%', '%'))) {
                        amounts.add(new Cell(part, new Locator(lines.get(i).no(), 0, null)));
                    } else if (amounts.isEmpty() || i > p[0]) {
                        label.append(part);
                    } else {
                        other = true;
                    }
                }
            }
            String l = label.toString();
            if (other || !l.isEmpty() && !isMoneyRowLabel(l)) {
                break;
            }
            if (!l.isEmpty() || row == null || row.size() + amounts.size() > heads.size() + 2) {
                int at = lines.get(p[0]).no();
                row = new ArrayList<>();
                row.add(new Cell("", new Locator(at, 1, null)));
                row.add(new Cell(l, new Locator(at, 2, null)));
                rows.add(row);
            }
            for (Cell a : amounts) {
                row.add(new Cell(a.text(), new Locator(a.at().line(), row.size() + 1, null)));
            }
            use(p);
        }
        // a label printed after the rows, without amounts of its own: the label of the row printed without one
        if (rows.size() >= 2 && rows.get(rows.size() - 1).size() == 2 && rows.get(0).get(1).text().isEmpty()) {
            List<Cell> last = rows.remove(rows.size() - 1);
            rows.get(0).set(1, new Cell(last.get(1).text(), last.get(1).at()));
        }
        for (List<Cell> r : rows) {
            funding.add(new Row(r, true, Locator.line(r.get(0).at().line())));
        }
    }

    /**
     * The 资金管理情况 block when each cell is its own paragraph: the headings 情况说明 and
     * 存在问题和改进措施, then per item its label, its explanation and its problems. Emitted as
     * {@code 资金管理情况 | 情况说明 | 存在问题和改进措施} and {@code item | explanation | problems}.
     */
    void management() {
        List<int[]> ps = paragraphs(0);
        String[] keys = new String[ps.size()];
        int h = 0;
        while (h + 1 < ps.size() && !(paragraphKey(ps, keys, h).equals("情况说明")
                && paragraphKey(ps, keys, h + 1).startsWith("存在问题"))) {
            h++;
        }
        if (h + 1 >= ps.size()) {
            return;
        }
        int[] label = null;
        for (int q = 0; q < ps.size(); q++) {
            if (paragraphKey(ps, keys, q).equals("资金管理情况")) {
                label = ps.get(q);
            }
        }
        int headLine = lines.get(ps.get(h)[0]).no();
        String labelText = "资金管理情况";
        if (label != null) {
            use(label);
            labelText = paragraphText(label);
        }
        funding.add(new Row(List.of(new Cell(labelText, new Locator(headLine, 1, null)),
                new Cell(paragraphText(ps.get(h)), new Locator(headLine, 2, null)),
                new Cell(paragraphText(ps.get(h + 1)), new Locator(lines.get(ps.get(h + 1)[0]).no(), 3, null))),
                true, Locator.line(headLine)));
        use(ps.get(h));
        use(ps.get(h + 1));
        ps = paragraphs(ps.get(h + 1)[1]);
        for (int q = 0; q + 2 < ps.size(); q += 3) {
            String k = key(paragraphText(ps.get(q)));
            if (k.length() > 12 || k.contains("指标") || isAmount(k)
                    || !ps.subList(q, q + 3).stream().allMatch(p -> managementCell(paragraphText(p)))) {
                break;
            }
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                int[] p = ps.get(q + c);
                cells.add(new Cell(paragraphText(p), new Locator(lines.get(p[0]).no(), c + 1, null)));
                use(p);
            }
            funding.add(new Row(cells, true, Locator.line(cells.get(0).at().line())));
        }
    }

    /** A paragraph that can be a cell of a 资金管理情况 row: no label of another part of the form. */
    static boolean managementCell(String t) {
        String k = key(t);
        return !(isTitle(t) || isHeaderLine(t) || isVocabulary(k) || isGoalHead(k) || k.startsWith("总体目标")
                || k.startsWith("全年实际") || k.equals("资金管理情况") || TABLE_HEADER.contains(k) || k.startsWith("绩效")
                || Rx.matches(k, ".*指(标)?") || isMoneyColumn(t) || isFundingLabel(t));
    }

    static boolean isTotal(String t) {
        return key(t).contains("总额") || key(t).contains("年度金额");
    }

    /** Label / amount pairs of a funding line; a missing label or amount is null. */
    static List<String[]> pairs(String text) {
        List<String[]> out = new ArrayList<>();
        String[] cur = null;
        for (String p : Rx.splitSpaces(text)) {
            if (isFundingLabel(p)) {
                cur = new String[] {p, null};
                out.add(cur);
            } else if (cur != null && cur[1] == null) {
                cur[1] = p;
            } else {
                cur = new String[] {null, p};
                out.add(cur);
            }
        }
        return out;
    }
}
