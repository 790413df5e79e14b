package dev.zhibiao.parsers;

import java.util.ArrayList;
import java.util.List;

import static dev.zhibiao.parsers.PdfTextReader.*;
import static dev.zhibiao.parsers.PdfTextFragments.*;

/** Indicator rows rebuilt from pieces, with the labels printed apart put back on them. */
final class PdfTextIndicators {
    private PdfTextIndicators() {
    }

    // ---------------------------------------------------------------- indicator rows

    /** One period's cells of an indicator row. */
    static final class Copy {
        Piece l1;
        Piece l2;
        Piece name;
        Piece value;
        /** Self-evaluation: the 全年实际完成值 cell. */
        Piece actual;
        /** A level-2 label printed with this row's own for the next group of rows. */
        Piece next;
        List<Piece> labels = new ArrayList<>();
    }

    /** An indicator row: the left (mid-term, or only) copy and, on two-period sheets, the right one. */
    static final class IndRow {
        Copy left = new Copy();
        Copy right = new Copy();
        int line;
    }

    /** Groups pieces into indicator rows and puts the labels printed apart back on them. */
    static final class Indicators extends PdfTextLabelsApart {
        Indicators(List<Piece> pieces, boolean two) {
            super(two);
            for (Piece p : pieces) {
                String t = p.text();
                int h = t.length() / 2;
                if (two && p.kind() == Kind.TEXT && t.length() >= 4 && t.length() % 2 == 0 && t.substring(0, h).equals(t.substring(h))) {
                    // a name printed for both periods with nothing between (no value): two cells
                    this.pieces.add(new Piece(t.substring(0, h), p.line(), Kind.TEXT));
                    this.pieces.add(new Piece(t.substring(h), p.line(), Kind.TEXT));
                } else {
                    this.pieces.add(p);
                }
            }
        }

        private List<Piece> labels() {
            List<Piece> out = new ArrayList<>();
            while (pos < pieces.size() && pieces.get(pos).kind() == Kind.LABEL) {
                out.add(pieces.get(pos++));
            }
            return out;
        }

        private boolean more() {
            for (int i = pos; i < pieces.size(); i++) {
                if (pieces.get(i).kind() != Kind.LABEL) {
                    return true;
                }
            }
            return false;
        }

        void parse() {
            if (!two && actual && paragraphs && !scored) {
                pairsOnOneLine += splitPairsOnOneLine(pieces);
            }
            if (!two && !actual) {
                PdfTextPairing pairing = new PdfTextPairing(pieces, apart);
                if (paragraphs) {
                    lastLabelEnds += PdfTextLastLabelEnd.join(pieces);
                    PdfTextPairing.rejoinDecimalTails(pieces);
                    PdfTextPairing.rejoinNameEndsAfterLabels(pieces);
                }
                if (paragraphs) {
                    // exact counts first: the looser zip below would take a run's last names for the whole run's values
                    zippedAmongLabels += pairing.zipNamesAmongLabels();
                }
                pairing.paragraphs = paragraphs;
                pairing.zipNamesAndValues();
                if (paragraphs) {
                    wordedColumn += PdfTextWordedColumn.zip(pieces);
                    valuesAfterLabels += PdfTextValueAfterLabels.putBack(pieces, apart);
                    loneValuesAfterLabels += PdfTextLoneValueAfterLabels.putBack(pieces, apart);
                }
                wordedAfterNumbers += pairing.wordedAfter;
                if (paragraphs) {
                    pairing.valuesAfterTable();
                    labelsDealt += PdfTextLabelRun.oneLabelEachRow(pieces);
                }
            }
            while (pos < pieces.size()) {
                List<Piece> labels = labels();
                if (!more()) {
                    apart.addAll(labels);
                    break;
                }
                IndRow r = new IndRow();
                r.left.labels = labels;
                if (!two && actual && unknownLevel2(pos)) {
                    r.left.l2 = new Piece(pieces.get(pos).text(), pieces.get(pos).line(), Kind.LABEL);
                    pos++;
                }
                if (rows.isEmpty()) {
                    firstRun = labels;
                }
                if (!two && actual && paragraphs && !scored && !rows.isEmpty() && labels.isEmpty() && nameAfterPair(pos)) {
                    // the last row's target and actual printed before the labels, its name printed last as its label
                    List<Piece> run = new ArrayList<>(pieces.subList(pos + 2, pieces.size()));
                    Piece last = run.remove(run.size() - 1);
                    int keep = run.size() >= 2 && isLevel2(run.get(run.size() - 1).text())
                            && isLevel1(run.get(run.size() - 2).text()) ? 2 : 1;
                    apart.addAll(run.subList(0, run.size() - keep));
                    r.left.labels = new ArrayList<>(run.subList(run.size() - keep, run.size()));
                    r.left.name = new Piece(last.text(), last.line(), Kind.TEXT);
                    r.left.value = pieces.get(pos);
                    r.left.actual = pieces.get(pos + 1);
                    r.line = r.left.labels.get(0).line();
                    namesAmongLabels++;
                    pos = pieces.size();
                    rows.add(r);
                    continue;
                }
                Piece named = two ? null : nameAmongLabels(labels, pos);
                if (named != null) {
                    labels.remove(labels.size() - 1);
                    namesAmongLabels++;
                }
                r.left.name = named != null ? named : pieces.get(pos++);
                r.line = (labels.isEmpty() ? r.left.name : labels.get(0)).line();
                if (!two) {
                    List<Piece> firstOwn = (rows.isEmpty() || groupOpens(labels)) && labels.size() > 2 ? firstRowLabels(labels) : null;
                    if (firstOwn != null) {
                        // before the first row: the top labels of the 一级 and 二级 columns are its own,
                        // the others (printed with them, lower in their columns) label later groups
                        for (Piece l : labels) {
                            if (!firstOwn.contains(l)) {
                                apart.add(l);
                            } else if (isLevel2(l.text()) && !isLevel1(l.text())) {
                                // its level 2 may run on over the rows below (a merged cell): a candidate for them too
                                apart.add(new Piece(l.text(), l.line(), l.kind()));
                            }
                        }
                        r.left.labels = firstOwn;
                    } else if (labels.size() > 2) {
                        // a run of labels before a name: the row's own (level 1, level 2) end the run,
                        // the others are labels of earlier rows printed apart (vertically centred)
                        int keep = isLevel2(labels.get(labels.size() - 1).text())
                                && isLevel1(labels.get(labels.size() - 2).text()) ? 2 : 1;
                        apart.addAll(labels.subList(0, labels.size() - keep));
                        r.left.labels = new ArrayList<>(labels.subList(labels.size() - keep, labels.size()));
                    }
                    if (pos < pieces.size() && pieces.get(pos).kind() != Kind.LABEL
                            && (pieces.get(pos).kind() == Kind.VALUE || r.left.name.kind() == Kind.TEXT)) {
                        r.left.value = pieces.get(pos++);
                    } else if (r.left.name.kind() == Kind.TEXT && (pos >= pieces.size() || pieces.get(pos).kind() == Kind.LABEL)
                            && PdfTextTemplateRows.nameThenValue(r.left.name) != null
                            && !Rx.find(VALUE_WORD_END, PdfTextTemplateRows.nameThenValue(r.left.name)[0].text())) {
                        // the row prints no value after its name, the name's line ends with one (生活垃圾无害化处理率 100%;
                        // not a number a name's own word leads to: 参保次数不低于 3 次)
                        Piece[] nameValue = PdfTextTemplateRows.nameThenValue(r.left.name);
                        r.left.name = nameValue[0];
                        r.left.value = nameValue[1];
                        valuesOnNameLine++;
                    } else if (r.left.value == null && lastAfterLabels(pos) >= 0) {
                        // the last row's value printed after the labels printed apart (产出指标 / 普遍知晓)
                        int last = lastAfterLabels(pos);
                        for (int g = pos; g < last; g++) {
                            (pieces.get(g).kind() == Kind.LABEL ? apart : goalsApart).add(pieces.get(g));
                        }
                        r.left.value = pieces.get(last);
                        pos = last + 1;
                    }
                    if (actual && r.left.value != null && pos < pieces.size() && pieces.get(pos).kind() != Kind.LABEL) {
                        r.left.actual = pieces.get(pos++);
                    }
                    rows.add(r);
                    continue;
                }
                // two periods: the right copy repeats the left copy's name
                String name = key(r.left.name.text());
                int found = -1;
                for (int j = pos; j < pieces.size() && j < pos + 8; j++) {
                    Piece p = pieces.get(j);
                    if (p.kind() == Kind.LABEL) {
                        continue;
                    }
                    String k = p.key();
                    if (k.equals(name)) {
                        found = j;
                        break;
                    }
                    if (k.endsWith(name) && k.length() > name.length() && j == firstNonLabel(pos)) {
                        // the left value and the right name joined into one piece: split them
                        int cut = p.text().length() - r.left.name.text().length();
                        if (cut > 0 && key(p.text().substring(cut)).equals(name)) {
                            pieces.set(j, new Piece(p.text().substring(cut), p.line(), p.kind()));
                            pieces.add(j, new Piece(p.text().substring(0, cut), p.line(), Kind.TEXT));
                            found = j + 1;
                            break;
                        }
                    }
                }
                if (found >= 0) {
                    StringBuilder v = new StringBuilder();
                    Piece first = null;
                    List<Piece> rightLabels = new ArrayList<>();
                    for (int j = pos; j < found; j++) {
                        Piece p = pieces.get(j);
                        if (p.kind() == Kind.LABEL) {
                            rightLabels.add(p);
                        } else {
                            if (first == null) {
                                first = p;
                            }
                            v.append(p.text());
                        }
                    }
                    r.left.value = first == null ? null : new Piece(v.toString(), first.line(), first.kind());
                    r.right.labels = rightLabels;
                    r.right.name = pieces.get(found);
                    pos = found + 1;
                    if (r.left.value != null && pos < pieces.size() && pieces.get(pos).kind() != Kind.LABEL) {
                        r.right.value = pieces.get(pos++);
                    }
                } else {
                    // no repeated name: read by position
                    if (pos < pieces.size() && pieces.get(pos).kind() != Kind.LABEL) {
                        r.left.value = pieces.get(pos++);
                    }
                    r.right.labels = labels();
                    if (pos < pieces.size()) {
                        r.right.name = pieces.get(pos++);
                    }
                    if (pos < pieces.size() && pieces.get(pos).kind() != Kind.LABEL) {
                        r.right.value = pieces.get(pos++);
                    }
                }
                rows.add(r);
            }
        }

        /**
         * Self-evaluation: a row's 指标值 and 全年实际完成值 printed at one height come as one line
         * ({@code ≥623 万人 ≥623 万人}, {@code 100% 98%}): a piece that is two values of one form side by side
         * (the same text with its numbers set aside: {@code ≥N万人}, {@code N%}), or one worded value twice
         * ({@code 有效缓解 有效缓解}), is cut into the two cells. Returns how many were cut.
         */
        static int splitPairsOnOneLine(List<Piece> pieces) {
            int cut = 0;
            for (int i = 0; i < pieces.size(); i++) {
                Piece p = pieces.get(i);
                if (p.kind() == Kind.LABEL) {
                    continue;
                }
                String[] two = pairOnOneLine(p.text());
                if (two != null) {
                    Kind kind = p.kind() == Kind.VALUE || PdfTextFragments.isValue(two[0]) ? Kind.VALUE : Kind.TEXT;
                    pieces.set(i, new Piece(two[0], p.line(), kind));
                    pieces.add(i + 1, new Piece(two[1], p.line(), kind));
                    i++;
                    cut++;
                }
            }
            return cut;
        }

        /** A number's digits (with its decimals): set aside to compare two values' forms. */
        private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)?");

        /** The two values of {@link #splitPairsOnOneLine}'s kind a text holds, cut at the space between them; null if none. */
        static String[] pairOnOneLine(String text) {
            String t = text.strip();
            for (int at = t.indexOf(' '); at > 0; at = t.indexOf(' ', at + 1)) {
                String a = t.substring(0, at).strip();
                String b = t.substring(at + 1).strip();
                if (a.isEmpty() || b.isEmpty()) {
                    continue;
                }
                String ka = key(a);
                String kb = key(b);
                boolean values = PdfTextFragments.isValue(a) && PdfTextFragments.isValue(b) && Rx.find(NUMBER, ka)
                        && NUMBER.matcher(ka).replaceAll("9").equals(NUMBER.matcher(kb).replaceAll("9"));
                boolean worded = ka.equals(kb) && PdfTextPairing.wordedValue(new Piece(a, 0, Kind.TEXT));
                if (values || worded) {
                    return new String[] {a, b};
                }
            }
            return null;
        }

        /**
         * The row's name printed as a label: a run of labels that ends with the same level-2 label
         * twice ({@code 服务对象满意度指标 / 服务对象满意度}, one category by {@link
         * dev.zhibiao.internal.layout.Vocabulary#wholeCategory}) right before a value. A row prints one
         * cell a column, its name between its labels and its value, so the second is the name (worded
         * as its label, as satisfaction rows often are); null otherwise.
         */
        private Piece nameAmongLabels(List<Piece> labels, int at) {
            int n = labels.size();
            if (n < 2 || at >= pieces.size() || pieces.get(at).kind() != Kind.VALUE) {
                return null;
            }
            Piece last = labels.get(n - 1);
            String k = last.key();
            if (!isLevel2(k) || isLevel1(k)) {
                return null;
            }
            var c = dev.zhibiao.internal.layout.Vocabulary.wholeCategory(k);
            if (c == null || !c.equals(dev.zhibiao.internal.layout.Vocabulary.wholeCategory(labels.get(n - 2).key()))) {
                return null;
            }
            return new Piece(last.text(), last.line(), Kind.TEXT);
        }

        /**
         * Self-evaluation: whether the pieces from {@code at} are a target and its actual (two values of one
         * form, or one worded value twice) with no name before them, then only labels to the page's end, the
         * last two the same level-2 category ({@code ≥90% / ≥90% / 质量指标 / … / 满意度指标 / 服务对象满意度指标 /
         * 服务对象满意度}): the last row's name worded as its label and printed after the labels beside it, its
         * cells printed before them (the mirror of {@link #nameAmongLabels}). Needs the category pair and two or
         * more labels before the name.
         */
        private boolean nameAfterPair(int at) {
            int n = pieces.size();
            if (at + 4 >= n || pieces.get(at).kind() == Kind.LABEL || pieces.get(at + 1).kind() == Kind.LABEL
                    || !samePair(pieces.get(at), pieces.get(at + 1))) {
                return false;
            }
            for (int k = at + 2; k < n; k++) {
                if (pieces.get(k).kind() != Kind.LABEL) {
                    return false;
                }
            }
            String k = pieces.get(n - 1).key();
            if (!isLevel2(k) || isLevel1(k)) {
                return false;
            }
            var c = dev.zhibiao.internal.layout.Vocabulary.wholeCategory(k);
            return c != null && c.equals(dev.zhibiao.internal.layout.Vocabulary.wholeCategory(pieces.get(n - 2).key()));
        }

        /** Two cells of one value form side by side (a target and its actual): {@link #pairOnOneLine}'s test. */
        private static boolean samePair(Piece a, Piece b) {
            return pairOnOneLine(a.text().strip() + " " + b.text().strip()) != null;
        }

        /**
         * Self-evaluation: whether the piece at {@code at} is a level-2 label outside the vocabulary
         * (政策知晓率) printed before its row's name. A row prints name, value and 全年实际完成值; when
         * the fourth piece repeats the third but the third differs from the second, the third is the
         * row's actual repeating its value, so the first is not a name but a short label before it.
         */
        private boolean unknownLevel2(int at) {
            if (at + 3 >= pieces.size()) {
                return false;
            }
            for (int k = at; k <= at + 3; k++) {
                if (pieces.get(k).kind() == Kind.LABEL) {
                    return false;
                }
            }
            String label = pieces.get(at).key();
            return pieces.get(at + 3).key().equals(pieces.get(at + 2).key())
                    && !pieces.get(at + 2).key().equals(pieces.get(at + 1).key())
                    && !PdfTextFragments.isValue(label) && !PdfTextFragments.isValue(pieces.get(at + 1).text()) && label.length() <= 10
                    && !Rx.matches(label, ".*[，。；,;:：、].*");
        }

        /**
         * The first row's own labels out of a run printed before it that holds two or more level-1
         * labels (the 一级 column's labels printed together above the body): the first level-1 label
         * and the first level-2 label after it. Null when the run is not such.
         */
        static List<Piece> firstRowLabels(List<Piece> labels) {
            int l1 = -1;
            int count = 0;
            for (int i = 0; i < labels.size(); i++) {
                String k = labels.get(i).key();
                if (isLevel1(k) && !k.equals("成本指标")) {
                    count++;
                    if (l1 < 0) {
                        l1 = i;
                    }
                }
            }
            if (count < 1) {
                return null;
            }
            for (int i = l1 + 1; i < labels.size(); i++) {
                String k = labels.get(i).key();
                if (isLevel2(k) && !isLevel1(k)) {
                    return new ArrayList<>(List.of(labels.get(l1), labels.get(i)));
                }
            }
            return new ArrayList<>(List.of(labels.get(l1)));
        }

        /**
         * Whether a run of labels before a name opens a group: a level-1 label (no level-2 one too)
         * followed by two or more level-2 labels of its family ({@code 产出指标 / 数量指标 / 质量指标 /
         * 时效指标}): the column's labels printed together from the group's top, so the first level-2
         * label is the name's, not the last.
         */
        static boolean groupOpens(List<Piece> labels) {
            for (int i = 0; i < labels.size(); i++) {
                String k = labels.get(i).key();
                if (isLevel1(k) && !isLevel2(k)) {
                    int after = 0;
                    for (int j = i + 1; j < labels.size(); j++) {
                        String kj = labels.get(j).key();
                        if (isLevel2(kj) && !isLevel1(kj) && k.equals(family(kj))) {
                            after++;
                        } else {
                            return false;
                        }
                    }
                    return after >= 2;
                }
            }
            return false;
        }

        /**
         * The index of the one non-label piece left on the page when it follows a run of labels from
         * {@code from} (only labels after it); -1 otherwise.
         */
        private int lastAfterLabels(int from) {
            int j = from;
            boolean numberedNames = from > 0 && Rx.find(NUMBERING, pieces.get(from - 1).key());
            while (j < pieces.size() && (pieces.get(j).kind() == Kind.LABEL || !numberedNames && goalRepeated(j))) {
                j++;
            }
            if (j == from || j >= pieces.size()) {
                return -1;
            }
            for (int k = j + 1; k < pieces.size(); k++) {
                if (pieces.get(k).kind() != Kind.LABEL) {
                    return -1;
                }
            }
            return j;
        }

        /**
         * Whether the piece at {@code j} is a numbered paragraph ({@code 1、补助对象医药费按规定实报实销}) among
         * labels, a value after them: the goals' column printed again beside the table's side labels
         * (成本指标 / 绩效指标 / 1、… / 产出指标 / ≥85.00(%)), no cell of the indicator rows.
         */
        private static final java.util.regex.Pattern GOAL_NUMBER = java.util.regex.Pattern.compile("^\\d{1,2}[、.．]\\p{IsHan}");

        private boolean goalRepeated(int j) {
            Piece p = pieces.get(j);
            return p.kind() != Kind.LABEL && Rx.find(GOAL_NUMBER, p.text().strip()) && p.key().length() >= 8 && j > 0 && pieces.get(j - 1).kind() == Kind.LABEL
                    && j + 1 < pieces.size() && pieces.get(j + 1).kind() != Kind.TEXT;
        }

        private int firstNonLabel(int from) {
            for (int j = from; j < pieces.size(); j++) {
                if (pieces.get(j).kind() != Kind.LABEL) {
                    return j;
                }
            }
            return -1;
        }
    }
}
