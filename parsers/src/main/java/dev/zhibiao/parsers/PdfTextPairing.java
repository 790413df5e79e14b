package dev.zhibiao.parsers;

import java.util.ArrayList;
import java.util.List;

import static dev.zhibiao.parsers.PdfTextReader.*;
import static dev.zhibiao.parsers.PdfTextFragments.*;

/**
 * Plain pdftotext prints a column's cells together: names one after another and their values after
 * them. These passes put each value back after its name before the rows are read
 * ({@link PdfTextIndicators.Indicators#parse}).
 */
final class PdfTextPairing {
    /** The page's pieces in print order, reordered in place. */
    private final List<Piece> pieces;
    /** Where labels found between the names and their values go (labels printed apart). */
    private final List<Piece> apart;

    PdfTextPairing(List<Piece> pieces, List<Piece> apart) {
        this.pieces = pieces;
        this.apart = apart;
    }

    /** The rest of a number cut inside its decimals: one or two digits and a bracketed unit ({@code 0(%)}). */
    static final java.util.regex.Pattern DECIMAL_TAIL = java.util.regex.Pattern.compile("\\d{1,2}[(（][^()（）\\d]{1,3}[)）]");
    /** A value cut inside its decimals: it ends in a decimal point and at most one digit ({@code ≥70.0}). */
    static final java.util.regex.Pattern DECIMAL_HEAD = java.util.regex.Pattern.compile(".*\\d\\.\\d?");

    /**
     * The rest of a number cut inside its decimals printed apart from its head ({@code ≥70.0} … names
     * … {@code 0(%)}: plain pdftotext prints a wrapped value's last line after the cells beside it,
     * here after the names that follow, where a page break or a long name parts them): the rest goes
     * back to the value before it, when that value ends in its decimal point's digits. Only the
     * bracketed form is taken: a lone {@code 0} is a real value (重复参保人数 0). Returns how many.
     */
    static int rejoinDecimalTails(List<Piece> pieces) {
        int joined = 0;
        for (int i = 1; i < pieces.size(); i++) {
            Piece tail = pieces.get(i);
            if (tail.kind() != Kind.VALUE || !Rx.matches(DECIMAL_TAIL, tail.key())) {
                continue;
            }
            int h = i - 1;
            while (h >= 0 && pieces.get(h).kind() != Kind.VALUE) {
                h--;
            }
            if (h < 0 || !Rx.matches(DECIMAL_HEAD, pieces.get(h).key())) {
                continue;
            }
            Piece head = pieces.get(h);
            pieces.set(h, new Piece(head.text() + tail.text(), head.line(), Kind.VALUE));
            pieces.remove(i);
            joined++;
            joinNameAroundValue(pieces, h);
            i = h; // the pieces between the head and its rest hold no value: go on after the head
        }
        return joined;
    }

    /**
     * The value at {@code v} was cut over two lines, so its row is: a name beside it printed as one
     * full line before it and its next lines after it (重点对象住院政策范围内个人自负 / ≥70.0 /
     * 医疗费用大病保险起付线以上部分 / 年度限额内救助比例 / 时效指标) is one name, when the line after the value
     * is as wide as the one before (a wrapped cell's lines are full) and a last, not wider line ends
     * before a label or the page's end. Returns whether it joined.
     */
    static boolean joinNameAroundValue(List<Piece> pieces, int v) {
        if (v < 1 || v + 1 >= pieces.size()) {
            return false;
        }
        Piece a = pieces.get(v - 1);
        Piece b = pieces.get(v + 1);
        int ka = a.key().length();
        if (a.kind() != Kind.TEXT || b.kind() != Kind.TEXT || ka < 8 || Math.abs(b.key().length() - ka) > 1
                || Rx.find(NUMBERED_NAME, b.key())) {
            return false;
        }
        String name = a.text() + b.text();
        int end = v + 1;
        if (v + 2 < pieces.size()) {
            Piece c = pieces.get(v + 2);
            boolean labelAfter = v + 3 >= pieces.size() || pieces.get(v + 3).kind() == Kind.LABEL;
            if (c.kind() == Kind.TEXT && labelAfter && c.key().length() <= ka && !Rx.find(NUMBERED_NAME, c.key())) {
                name += c.text();
                end = v + 2;
            }
        }
        if (end == v + 1 && v + 2 < pieces.size() && pieces.get(v + 2).kind() != Kind.LABEL) {
            return false; // no last line before a label: the text after the value may be the next row's name
        }
        pieces.set(v - 1, new Piece(name, a.line(), Kind.TEXT));
        pieces.subList(v + 1, end + 1).clear();
        return true;
    }

    /**
     * Names printed one after another and their values after them, maybe with labels of later
     * rows between (name, name, 效益指标, 满意度指标, value, value: the cells of a column printed
     * together): each name takes its value in order, the labels between are labels printed apart.
     */
    void zipNamesAndValues() {
        for (int i = 0; i < pieces.size(); i++) {
            int names = 0;
            while (i + names < pieces.size() && pieces.get(i + names).kind() == Kind.TEXT) {
                names++;
            }
            if (names < 2) {
                continue;
            }
            int j = i + names;
            List<Piece> between = new ArrayList<>();
            while (j < pieces.size() && pieces.get(j).kind() == Kind.LABEL) {
                between.add(pieces.get(j++));
            }
            int values = 0;
            while (j + values < pieces.size() && pieces.get(j + values).kind() == Kind.VALUE) {
                values++;
            }
            if (values == 0 && !between.isEmpty() && wordedFirst(i, names, j)) {
                values = names;
            }
            if (paragraphs && values > 0 && values < names && wordedAfterNumbers(i, names, j, values)) {
                values = names;
                wordedAfter++;
            }
            if (values < names || between.stream().anyMatch(l -> !isCategory(l.text()))) {
                if (zipShortColumn(i)) {
                    continue;
                }
                i += names - 1;
                continue;
            }
            List<Piece> zipped = new ArrayList<>();
            for (int n = 0; n < names; n++) {
                zipped.add(pieces.get(i + n));
                zipped.add(pieces.get(j + n));
            }
            apart.addAll(between);
            List<Piece> rest = new ArrayList<>(pieces.subList(j + names, pieces.size()));
            pieces.subList(i, pieces.size()).clear();
            pieces.addAll(zipped);
            pieces.addAll(rest);
            i += zipped.size() - 1;
        }
    }

    /**
     * Names printed together with the labels of their groups among them, then the values column
     * printed together ({@code 名1 / 名2 / 时效指标 / 名3 / 成本指标 / 名4 / 名5 / 值1 … 值5 / 满意度指标}: plain pdftotext
     * prints the name cells of several groups as blocks, each group's merged label between them, and
     * the 指标值 cells after): when the values (numbers, or worded values among them) are exactly as many
     * as the names (the first may be worded, 成效明显, then numbers) and are followed by a label or nothing,
     * each name takes one in order; the labels keep
     * their places before the names they were printed before. At least three names and one label among
     * them; no name is itself a worded value. Returns how many rows were zipped.
     *
     * <p>plaintxt37: the values column may open with several worded values before its numbers ({@code 有效缓解 /
     * 成效明显 / ≥80.00(%)}, {@link #wordedBeforeNumbers}); the names' run may then end with labels (printed level with
     * the last name, kept after its row). Two names are zipped only as the page's last two rows, after a whole row
     * ({@code 省级…标准 / 124.8 元 / 地方…标准 / 满意度指标 / 服务对象满意度指标 / 参保对象满意度(%) / 83.2 元 / ≥90.00(%)}).
     */
    int zipNamesAmongLabels() {
        int zippedRows = 0;
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).kind() != Kind.TEXT || wordedValue(pieces.get(i))
                    || i > 0 && pieces.get(i - 1).kind() == Kind.TEXT) {
                continue;
            }
            int j = i;
            int names = 0;
            boolean labelAmong = false;
            boolean worded = false;
            while (j < pieces.size() && pieces.get(j).kind() != Kind.VALUE && !wordedBeforeNumbers(j)) {
                Piece p = pieces.get(j);
                if (p.kind() == Kind.LABEL) {
                    if (!isCategory(p.text())) {
                        break;
                    }
                    labelAmong |= names > 0;
                } else {
                    worded |= wordedValue(p);
                    names++;
                }
                j++;
            }
            // labels after the last name are not among the names
            int end = j;
            while (end > i && pieces.get(end - 1).kind() == Kind.LABEL) {
                end--;
            }
            if (j >= pieces.size() || end != j && !wordedBeforeNumbers(j) || names < 2 || worded) {
                continue;
            }
            boolean among = false;
            for (int k = i + 1; k < j; k++) {
                among |= pieces.get(k).kind() == Kind.LABEL;
            }
            if (!among || !labelAmong) {
                continue;
            }
            int values = 0;
            while (j + values < pieces.size() && values < names && (pieces.get(j + values).kind() == Kind.VALUE
                    || wordedValue(pieces.get(j + values)))) {
                values++;
            }
            int after = j + values;
            if (values != names || after < pieces.size() && pieces.get(after).kind() != Kind.LABEL) {
                continue;
            }
            if (names == 2 && (after < pieces.size() || i == 0 || pieces.get(i - 1).kind() != Kind.VALUE)) {
                continue; // two names: only the page's last two rows, after a whole row
            }
            List<Piece> zipped = new ArrayList<>();
            int v = j;
            for (int k = i; k < j; k++) {
                Piece p = pieces.get(k);
                zipped.add(p);
                if (p.kind() == Kind.TEXT) {
                    Piece value = pieces.get(v++);
                    zipped.add(value.kind() == Kind.VALUE ? value : new Piece(value.text(), value.line(), Kind.VALUE));
                }
            }
            List<Piece> rest = new ArrayList<>(pieces.subList(after, pieces.size()));
            pieces.subList(i, pieces.size()).clear();
            pieces.addAll(zipped);
            pieces.addAll(rest);
            zippedRows += names;
            i += zipped.size() - 1;
        }
        return zippedRows;
    }

    /**
     * Whether the values column starts at {@code j}: worded values only (有效缓解 / 成效明显), then a number. Before
     * the numbers of a values column printed together, its worded values come first.
     */
    private boolean wordedBeforeNumbers(int j) {
        int k = j;
        while (k < pieces.size() && wordedValue(pieces.get(k))) {
            k++;
        }
        return k > j && k < pieces.size() && pieces.get(k).kind() == Kind.VALUE;
    }

    /**
     * Names printed together, labels of later rows, then as many values, the first worded (成效明显,
     * printed at its wrapped name's height) and the others numbers, then a label or nothing
     * ({@code 对健全医疗保障制度体系的作用 / 政策知晓率 / 满意度指标 / 成效明显 / ≥80.00(%) / 服务对象满意度指标}).
     * No name is itself a worded value.
     */
    private boolean wordedFirst(int i, int names, int j) {
        if (j + names > pieces.size() || !wordedValue(pieces.get(j))) {
            return false;
        }
        for (int n = 0; n < names; n++) {
            if (wordedValue(pieces.get(i + n))) {
                return false;
            }
        }
        for (int n = 1; n < names; n++) {
            if (pieces.get(j + n).kind() != Kind.VALUE) {
                return false;
            }
        }
        return j + names == pieces.size() || pieces.get(j + names).kind() == Kind.LABEL;
    }

    /**
     * Names printed together, then the values column printed together, its numbers first and its
     * worded values after them, then a label or nothing ({@code 以常住人口数…参保率 / 城乡居民医保受益面 /
     * 缓解…致贫问题 / 政策知晓率 / ≥98.00(%) / =100.00(%) / 有效缓解 / 普遍知晓}): the values are as many as
     * the names when the worded values after the {@code numbers} are counted. No name is itself a worded
     * value; the worded values are read as values. The values end before a label, the page's end, or a text that
     * can be no value ({@link PdfTextWordedColumn#noValue}: the next group's first name).
     */
    private boolean wordedAfterNumbers(int i, int names, int j, int numbers) {
        if (j + names > pieces.size()) {
            return false;
        }
        for (int n = 0; n < names; n++) {
            if (wordedValue(pieces.get(i + n))) {
                return false;
            }
        }
        for (int n = numbers; n < names; n++) {
            if (!wordedValue(pieces.get(j + n))) {
                return false;
            }
        }
        if (j + names < pieces.size() && pieces.get(j + names).kind() != Kind.LABEL && !PdfTextWordedColumn.noValue(pieces.get(j + names))) {
            return false;
        }
        for (int n = numbers; n < names; n++) {
            Piece p = pieces.get(j + n);
            pieces.set(j + n, new Piece(p.text(), p.line(), Kind.VALUE));
        }
        return true;
    }

    /** How many runs of names took worded values printed after their numbers ({@link #wordedAfterNumbers}). */
    int wordedAfter;
    /** Whether the page prints one cell per paragraph (the worded values after the numbers are read only there). */
    boolean paragraphs;

    /**
     * A worded value (成效明显, 有效缓解): Han characters only, at most {@link #SHORT_VALUE}, not ending as a
     * rate or degree does (知晓率, 满意度: names).
     */
    static boolean wordedValue(Piece p) {
        String k = p.key();
        return p.kind() == Kind.TEXT && k.length() <= SHORT_VALUE && Rx.matches(PdfTextFragments.HAN_WORDS, k)
                && !k.endsWith("率") && !k.endsWith("度");
    }

    /** The longest a worded value printed in a narrow 指标值 column is (不低于上年, 逐步扩大). */
    static final int SHORT_VALUE = 6;
    /** The shortest a name is where names and short values are told apart by length. */
    static final int LONG_NAME = 8;

    /**
     * Names printed one after another (category labels of later rows between), then as many short
     * texts, worded values of a narrow 指标值 column printed together after them ({@code “一站式”即时结算覆盖地区 /
     * 医疗救助对象覆盖范围 / 社会效益指标 / 困难群众看病就医方便程度 / 不低于上年 / 逐步扩大 / 明显提高}): each name takes
     * one in order. Only where every name is long and every value short, at least two of each,
     * and the values are followed by a label or nothing (the column ends).
     */
    private boolean zipShortColumn(int i) {
        List<Piece> names = new ArrayList<>();
        List<Piece> between = new ArrayList<>();
        int j = i;
        while (j < pieces.size()) {
            Piece p = pieces.get(j);
            if (p.kind() == Kind.LABEL && isCategory(p.text())) {
                between.add(p);
            } else if (p.kind() == Kind.TEXT && p.key().length() >= LONG_NAME) {
                names.add(p);
            } else {
                break;
            }
            j++;
        }
        int k = names.size();
        if (k < 2 || j + k > pieces.size() || pieces.get(j - 1).kind() == Kind.LABEL) {
            return false;
        }
        for (int n = 0; n < k; n++) {
            Piece v = pieces.get(j + n);
            if (v.kind() == Kind.LABEL || v.key().length() > SHORT_VALUE) {
                return false;
            }
        }
        if (j + k < pieces.size() && pieces.get(j + k).kind() != Kind.LABEL) {
            return false;
        }
        List<Piece> zipped = new ArrayList<>();
        for (int n = 0; n < k; n++) {
            zipped.add(names.get(n));
            zipped.add(pieces.get(j + n));
        }
        apart.addAll(between);
        List<Piece> rest = new ArrayList<>(pieces.subList(j + k, pieces.size()));
        pieces.subList(i, pieces.size()).clear();
        pieces.addAll(zipped);
        pieces.addAll(rest);
        return true;
    }

    /**
     * The values of several rows printed after the table's last labels (their column printed
     * after the others): when the pieces after the last label are as many as the names printed
     * alone between labels (no value after them), each such name takes one in order
     * (名1 / 质量指标 / 名2 / 满意度指标 / 名3 / 产出指标 / 值1 / 值2 / 值3).
     */
    void valuesAfterTable() {
        int end = pieces.size();
        int start = end;
        while (start > 0 && pieces.get(start - 1).kind() != Kind.LABEL) {
            start--;
        }
        int k = end - start;
        if (k < 2 || start == 0) {
            return;
        }
        List<Integer> alone = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            boolean afterLabel = i == 0 || pieces.get(i - 1).kind() == Kind.LABEL;
            if (pieces.get(i).kind() == Kind.TEXT && afterLabel && pieces.get(i + 1).kind() == Kind.LABEL) {
                alone.add(i);
            }
        }
        if (alone.size() != k) {
            return;
        }
        List<Piece> values = new ArrayList<>(pieces.subList(start, end));
        pieces.subList(start, end).clear();
        for (int n = k - 1; n >= 0; n--) {
            pieces.add(alone.get(n) + 1, values.get(n));
        }
    }
    /**
     * The name column printed whole before the value column (plain pdftotext: {@code 三级指标 / name / name
     * … / 指标值 / value / value …}): the table's heading row prints each column's heading over its cells,
     * so the N names between the two headings take, in order, the N pieces after {@code 指标值}. Labels
     * printed among the names keep their places. Unchanged unless every name is text (no value among
     * them), there are two or more, and the N pieces after the heading are no labels.
     */
    static List<Piece> columnsPrintedWhole(List<Piece> body, int namesFrom, int valuesFrom) {
        return columnsPrintedWhole(body, namesFrom, valuesFrom, p -> false);
    }

    /**
     * {@link #columnsPrintedWhole(List, int, int)}; {@code cut} tells a name printed on one line as wide as
     * its column (a cell wrapped there). A short Han piece right after the values column
     * ({@code 城市内一站式即时结算覆盖 / 指标值 / … / 不低于上年 / 地区}) is the last line of such a name when
     * exactly one name is so cut: pdftotext prints it below the values, the lowest line of the table.
     */
    static List<Piece> columnsPrintedWhole(List<Piece> body, int namesFrom, int valuesFrom,
            java.util.function.Predicate<Piece> cut) {
        List<Piece> names = new ArrayList<>();
        for (int i = namesFrom; i < valuesFrom; i++) {
            Piece p = body.get(i);
            if (p.kind() == Kind.VALUE) {
                return body;
            }
            if (p.kind() != Kind.LABEL) {
                names.add(p);
            }
        }
        int n = names.size();
        if (n < 2 || valuesFrom + n > body.size()) {
            return body;
        }
        for (int i = valuesFrom; i < valuesFrom + n; i++) {
            if (body.get(i).kind() == Kind.LABEL) {
                return body;
            }
        }
        // the name's last line printed after the values: taken back when one name alone is cut
        int restAt = valuesFrom + n;
        Piece rest = restAt < body.size() && body.get(restAt).kind() == Kind.TEXT && han(body.get(restAt).text(), 3)
                ? body.get(restAt) : null;
        Piece cutName = null;
        if (rest != null) {
            List<Piece> cuts = names.stream().filter(cut).toList();
            cutName = cuts.size() == 1 ? cuts.get(0) : null;
        }
        List<Piece> out = new ArrayList<>(body.subList(0, namesFrom));
        int v = valuesFrom;
        for (int i = namesFrom; i < valuesFrom; i++) {
            Piece p = body.get(i);
            if (p == cutName) {
                p = new Piece(p.text() + rest.text(), p.line(), p.kind());
            }
            out.add(p);
            if (p.kind() != Kind.LABEL) {
                out.add(body.get(v++));
            }
        }
        out.addAll(body.subList(cutName != null ? restAt + 1 : restAt, body.size()));
        return out;
    }
    /**
     * A long name without its value, labels printed after it, then a short Han piece and a value
     * ({@code 医保信息系统重大安全事件响应 / 质量指标 / 效益指标 / 时间 / ≤60 分钟}): the labels, centred in their
     * merged cells, fell between the name's lines; the short piece is the name's last line. Returns how
     * many were joined; the value is moved up to its name, the labels after it.
     */
    static int rejoinNameEndsAfterLabels(List<Piece> pieces) {
        int joined = 0;
        for (int i = 0; i + 3 < pieces.size(); i++) {
            Piece name = pieces.get(i);
            if (name.kind() != Kind.TEXT || name.text().length() < 10 || isValue(name.text())) {
                continue;
            }
            int j = i + 1;
            while (j < pieces.size() && pieces.get(j).kind() == Kind.LABEL) {
                j++;
            }
            if (j == i + 1 || j + 1 >= pieces.size()) {
                continue;
            }
            Piece end = pieces.get(j);
            if (end.kind() != Kind.TEXT || !han(end.text(), 3) || pieces.get(j + 1).kind() != Kind.VALUE) {
                continue;
            }
            pieces.set(i, new Piece(name.text() + end.text(), name.line(), name.kind()));
            pieces.remove(j);
            // the row's value follows its name; the labels come after the row
            pieces.add(i + 1, pieces.remove(j));
            joined++;
        }
        return joined;
    }

    /** Whether a text is one to {@code max} Han characters and nothing else. */
    private static boolean han(String t, int max) {
        if (t.isEmpty() || t.length() > max) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (Character.UnicodeScript.of(t.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }
}
